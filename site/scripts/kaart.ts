/**
 * The Leaflet map of a <map-view> (see map-view.ts), loaded only when the map is shown: Leaflet
 * and its CSS are most of the site's JavaScript. Markers are SVG circle markers, so they show
 * even when no tile (and no marker image) can be loaded.
 */
import L from 'leaflet'
import 'leaflet/dist/leaflet.css'
import { isPunt, toLeafletLatLng, type KaartMarker, type Punt } from '../lib/geo'

interface MapData {
  markers: KaartMarker[]
  cirkel: (Punt & { radiusKm: number }) | null
}

/** The Netherlands, for a map without markers. */
const NEDERLAND: L.LatLngBoundsExpression = [
  [50.75, 3.35],
  [53.55, 7.23],
]

const readData = (el: HTMLElement): MapData => {
  const script = el.querySelector('script[type="application/json"]')
  try {
    const data = JSON.parse(script?.textContent ?? '{}') as Partial<MapData>
    const markers = Array.isArray(data.markers) ? data.markers.filter(isPunt) : []
    const cirkel = data.cirkel && isPunt(data.cirkel) ? data.cirkel : null
    return { markers, cirkel }
  } catch {
    return { markers: [], cirkel: null }
  }
}

const token = (el: HTMLElement, name: string, fallback: string): string =>
  getComputedStyle(el).getPropertyValue(name).trim() || fallback

/**
 * Leaflet puts a string into the page as HTML (tooltips, popups, attribution): everything that
 * comes from data (a location's name) or configuration goes in as a DOM node built with
 * textContent, so a name like `<img src=x onerror=…>` stays text.
 */
const popupContent = (marker: KaartMarker): HTMLElement => {
  const link = document.createElement('a')
  link.className = 'za-link'
  link.href = marker.url
  link.textContent = marker.naam
  return link
}

/**
 * The tooltip holds the name as a bare text node. Leaflet appends any node it gets that is not a
 * string (DivOverlay._updateContent); its types only name HTMLElement.
 */
const tooltipContent = (marker: KaartMarker): HTMLElement =>
  document.createTextNode(marker.naam) as unknown as HTMLElement

/** Leaflet's attribution control only takes HTML: the configured text, escaped. */
const alsTekst = (tekst: string): string => {
  const el = document.createElement('span')
  el.textContent = tekst
  return el.innerHTML
}

/** Draw the map of `el` (its JSON script child and data-* attributes) into a new canvas. */
export const tekenKaart = (el: HTMLElement): L.Map => {
  const { markers, cirkel } = readData(el)
  const container = document.createElement('div')
  container.className = 'za-map__canvas'
  el.append(container)

  const map = L.map(container, { scrollWheelZoom: false, zoomControl: false })
  map.attributionControl.setPrefix(false)
  // Dutch names for Leaflet's controls
  L.control.zoom({ zoomInTitle: 'Inzoomen', zoomOutTitle: 'Uitzoomen' }).addTo(map)
  map.on('popupopen', (event) => {
    const close = event.popup.getElement()?.querySelector('.leaflet-popup-close-button')
    close?.setAttribute('aria-label', 'Sluit dit venster')
  })

  const tileUrl = el.dataset.tileUrl
  if (tileUrl) {
    L.tileLayer(tileUrl, {
      maxZoom: 19,
      minZoom: 6,
      attribution: alsTekst(el.dataset.attribution ?? ''),
    }).addTo(map)
  }

  const color = token(el, '--za-color-marker', '#154273')
  const latLngs: L.LatLngTuple[] = []
  const gebiedMeter = Number(el.dataset.gebiedMeter ?? 0)
  for (const marker of markers) {
    const latLng = toLeafletLatLng(marker)
    latLngs.push(latLng)
    const layer: L.Path =
      gebiedMeter > 0
        ? // an area, not a point: the exact address must not show (kleinschalig wonen)
          L.circle(latLng, {
            radius: gebiedMeter,
            color,
            weight: 2,
            fillColor: color,
            fillOpacity: 0.15,
          })
        : L.circleMarker(latLng, {
            radius: 9,
            color: '#ffffff',
            weight: 2,
            fillColor: color,
            fillOpacity: 0.95,
          })
    layer
      .bindPopup(() => popupContent(marker))
      .bindTooltip(() => tooltipContent(marker))
      .addTo(map)
  }

  if (cirkel) {
    const center = L.latLng(toLeafletLatLng(cirkel))
    const radius = cirkel.radiusKm * 1000
    // set the view first: a circle can only compute its bounds on a map that has one
    map.fitBounds(center.toBounds(radius * 2), { padding: [8, 8] })
    L.circle(center, {
      radius,
      color,
      weight: 2,
      fill: false,
      dashArray: '6 6',
      interactive: false,
    }).addTo(map)
  } else if (latLngs.length === 1 && latLngs[0]) {
    map.setView(latLngs[0], Number(el.dataset.zoom ?? 14))
  } else if (latLngs.length > 1) {
    map.fitBounds(L.latLngBounds(latLngs), { padding: [24, 24], maxZoom: 14 })
  } else {
    map.fitBounds(NEDERLAND)
  }
  return map
}
