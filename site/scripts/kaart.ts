/**
 * The Leaflet map of a <map-view> (see map-view.ts), loaded only when the map is shown: Leaflet
 * and its CSS are most of the site's JavaScript.
 *  - A detail page: its one location as an SVG circle marker (or an area, kleinschalig).
 *  - Search results (`data-punten-url`): every result of the search, not only the page's, fetched
 *    from /api/zoeken with `punten=ja` and grouped by supercluster so thousands of points (and
 *    locations sharing one point) stay usable. Each marker shows its kind of care's icon, is a
 *    button for the keyboard with the location's name, and opens a popup with a link to it.
 */
import L from 'leaflet'
import 'leaflet/dist/leaflet.css'
import Supercluster from 'supercluster'
import { isPunt, toLeafletLatLng, type KaartMarker, type KaartPunt, type Punt } from '../lib/geo'
import {
  groepNaam,
  icoonPad,
  kaartStatus,
  leesKaartAntwoord,
  markerNaam,
  type SoortLabel,
} from '../lib/kaart'

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

/** A link to a location, its name as text. */
const locatieLink = (naam: string, href: string): HTMLAnchorElement => {
  const link = document.createElement('a')
  link.className = 'za-link'
  link.href = href
  link.textContent = naam
  return link
}

/** The detail URL of a location id. */
const locatiePad = (id: string): string => `/locatie/${encodeURIComponent(id)}`

/**
 * Leaflet puts a string into the page as HTML (tooltips, popups, attribution): everything that
 * comes from data (a location's name) or configuration goes in as a DOM node built with
 * textContent, so a name like `<img src=x onerror=…>` stays text.
 */
const popupContent = (marker: KaartMarker): HTMLElement => locatieLink(marker.naam, marker.url)

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

/** Beyond this zoom level points are no longer grouped (a group left is one address). */
const GROEP_MAX_ZOOM = 17

interface PuntEigenschappen {
  id: string
  soort: string
  naam: string
}

/** The location's link as a popup: its name (as text) and its kind of care. */
const puntPopup = (p: PuntEigenschappen, soort: SoortLabel | undefined): HTMLElement => {
  const box = document.createElement('div')
  box.append(locatieLink(p.naam, locatiePad(p.id)))
  if (soort) {
    const regel = document.createElement('div')
    regel.className = 'za-subtle'
    regel.textContent = soort.naam
    box.append(regel)
  }
  return box
}

/** A group at one address: the list of its locations, each a link. */
const groepPopup = (leden: PuntEigenschappen[], totaal: number): HTMLElement => {
  const box = document.createElement('div')
  const kop = document.createElement('p')
  kop.className = 'za-paragraph za-paragraph--compact'
  kop.textContent = `${totaal} locaties op deze plek:`
  const lijst = document.createElement('ul')
  lijst.className = 'za-map__groep'
  for (const p of leden) {
    const item = document.createElement('li')
    item.append(locatieLink(p.naam, locatiePad(p.id)))
    lijst.append(item)
  }
  box.append(kop, lijst)
  return box
}

/** The marker of one location: a round badge with its kind of care's icon. */
const puntIcoon = (soort: SoortLabel | undefined, opPagina: boolean): L.DivIcon => {
  const badge = document.createElement('span')
  badge.className = opPagina ? 'za-marker za-marker--pagina' : 'za-marker'
  const pad = icoonPad(soort)
  if (pad) {
    const img = document.createElement('img')
    img.src = pad
    img.alt = ''
    img.width = 20
    img.height = 20
    badge.append(img)
  }
  return L.divIcon({ html: badge, className: 'za-marker-houder', iconSize: [32, 32] })
}

/** A group's marker: a round badge with the count, larger for larger groups. */
const groepIcoon = (aantal: number): L.DivIcon => {
  const badge = document.createElement('span')
  badge.className = 'za-marker za-marker--groep'
  badge.textContent = aantal > 999 ? `${Math.floor(aantal / 1000)}k+` : String(aantal)
  const maat = aantal < 10 ? 34 : aantal < 100 ? 40 : 48
  return L.divIcon({ html: badge, className: 'za-marker-houder', iconSize: [maat, maat] })
}

/**
 * A marker is a button for the keyboard (Leaflet gives it role and tabindex); Leaflet opens a
 * bound popup on Enter. These keys do the marker's action too.
 */
const opToets = (marker: L.Marker, toetsen: string[], actie: () => void): void => {
  marker.on('keydown', (e) => {
    const event = (e as L.LeafletKeyboardEvent).originalEvent
    if (!toetsen.includes(event.key)) return
    event.preventDefault()
    actie()
  })
}

/** Space, as on every button (Enter already opens a bound popup). */
const opSpatie = (marker: L.Marker, actie: () => void): void => opToets(marker, [' '], actie)

/** Name the marker's element (a button with tabindex from Leaflet) for keyboard and screen reader. */
const noem = (marker: L.Marker, naam: string): void => {
  const el = marker.getElement()
  if (!el) return
  el.setAttribute('aria-label', naam)
  el.removeAttribute('title')
}

/**
 * Every result of the search on the map, grouped. Fetches the points; on failure the page's own
 * markers (already drawn) stay, and the live region says so.
 */
const tekenAlleResultaten = async (
  map: L.Map,
  el: HTMLElement,
  url: string,
  paginaLaag: L.LayerGroup,
  opPagina: Set<string>,
  passend: boolean,
): Promise<void> => {
  const status = el.querySelector<HTMLElement>('.za-map__status')
  const zeg = (tekst: string) => {
    if (status) status.textContent = tekst
  }
  // "Verberg kaart" while the points load removes the map: stop, and draw nothing on it
  const weg = new AbortController()
  map.once('unload', () => weg.abort())
  let antwoord: ReturnType<typeof leesKaartAntwoord>
  try {
    const res = await fetch(url, { headers: { Accept: 'application/json' }, signal: weg.signal })
    if (!res.ok) throw new Error(String(res.status))
    antwoord = leesKaartAntwoord(await res.json())
  } catch {
    if (!weg.signal.aborted) zeg('De kaart toont alleen de locaties op deze pagina.')
    return
  }
  if (weg.signal.aborted) return
  const { punten, soorten } = antwoord
  if (punten.length === 0) return
  map.removeLayer(paginaLaag)
  el.dataset.punten = String(punten.length)

  const index = new Supercluster<PuntEigenschappen>({ radius: 56, maxZoom: GROEP_MAX_ZOOM })
  index.load(
    punten.map(([id, lat, lng, soort, naam]: KaartPunt) => ({
      type: 'Feature' as const,
      properties: { id, soort, naam },
      geometry: { type: 'Point' as const, coordinates: [lng, lat] },
    })),
  )
  const laag = L.layerGroup().addTo(map)

  const teken = () => {
    const pane = map.getPane('markerPane')
    const focusWasOpKaart = !!pane && pane.contains(document.activeElement)
    laag.clearLayers()
    const b = map.getBounds()
    const zoom = Math.round(map.getZoom())
    const features = index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom)
    let groepen = 0
    let losse = 0
    for (const f of features) {
      const [lng, lat] = f.geometry.coordinates as [number, number]
      const props = f.properties as PuntEigenschappen & {
        cluster?: boolean
        cluster_id?: number
        point_count?: number
      }
      if (props.cluster && props.cluster_id !== undefined) {
        groepen++
        const clusterId = props.cluster_id
        const aantal = props.point_count ?? 0
        const verder = index.getClusterExpansionZoom(clusterId)
        const opEenPlek = verder > GROEP_MAX_ZOOM || zoom >= GROEP_MAX_ZOOM
        const marker = L.marker([lat, lng], { icon: groepIcoon(aantal), keyboard: true })
        if (opEenPlek) {
          // one address: the list of its locations (Leaflet opens it on click and Enter)
          marker.bindPopup(() =>
            groepPopup(
              index.getLeaves(clusterId, 50).map((l) => l.properties),
              aantal,
            ),
          )
          opSpatie(marker, () => marker.openPopup())
        } else {
          const zoomIn = () => map.setView([lat, lng], Math.min(verder, GROEP_MAX_ZOOM))
          marker.on('click', zoomIn)
          opToets(marker, ['Enter', ' '], zoomIn)
        }
        laag.addLayer(marker)
        noem(marker, groepNaam(aantal, opEenPlek))
      } else {
        losse++
        const soort = soorten.get(props.soort)
        const marker = L.marker([lat, lng], {
          icon: puntIcoon(soort, opPagina.has(props.id)),
          keyboard: true,
        })
        marker
          .bindPopup(() => puntPopup(props, soort))
          .bindTooltip(() => tooltipContent({ naam: props.naam } as KaartMarker))
        opSpatie(marker, () => marker.openPopup())
        laag.addLayer(marker)
        noem(marker, markerNaam(props.naam, soort))
      }
    }
    // a group chosen with the keyboard zoomed the map: focus stays on the map, not lost
    if (focusWasOpKaart && !pane?.contains(document.activeElement)) {
      map.getContainer().focus({ preventScroll: true })
    }
    zeg(kaartStatus(groepen, losse, punten.length))
  }
  map.on('moveend', teken)
  if (passend && punten.length > 1) {
    const alle = L.latLngBounds(punten.map(([, lat, lng]) => [lat, lng] as L.LatLngTuple))
    map.fitBounds(alle, { padding: [24, 24], maxZoom: 14 })
  }
  teken()
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
  // the page's markers first: what the map shows at once, and what stays if the points fail
  const paginaLaag = L.layerGroup().addTo(map)
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
      .addTo(paginaLaag)
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
  const puntenUrl = el.dataset.puntenUrl
  if (puntenUrl?.startsWith('/api/zoeken?')) {
    const opPagina = new Set(markers.map((m) => m.id))
    void tekenAlleResultaten(map, el, puntenUrl, paginaLaag, opPagina, !cirkel)
  }
  return map
}
