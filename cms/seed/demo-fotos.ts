/**
 * Generated demo photos: simple scenes (a front, a garden, a room, a living room) drawn as SVG and
 * rendered by sharp to JPEG, in a few colour schemes. Made here, so no licence of anyone else
 * applies; they are part of this project. Deterministic: the same scene and scheme give the same
 * bytes, rendered once per run.
 */
import sharp from 'sharp'
import type { DemoScene } from './demo-data'

const W = 1200
const H = 800

interface Palet {
  lucht: [string, string]
  muur: string
  dak: string
  groen: string
  accent: string
  vloer: string
}

const PALETTEN: readonly Palet[] = [
  {
    lucht: ['#9cc7ea', '#e6f1fa'],
    muur: '#b5653b',
    dak: '#5b3a2e',
    groen: '#5c8f3a',
    accent: '#f2c14e',
    vloer: '#c8a27a',
  },
  {
    lucht: ['#f6c89f', '#fbe9d7'],
    muur: '#d9cbb3',
    dak: '#4d5a6a',
    groen: '#6f9a4a',
    accent: '#d1495b',
    vloer: '#a67c52',
  },
  {
    lucht: ['#b8d8d0', '#eef6f2'],
    muur: '#8e6e53',
    dak: '#2f3e46',
    groen: '#3f7d5a',
    accent: '#edae49',
    vloer: '#d8c3a5',
  },
  {
    lucht: ['#c9d6ea', '#f4f6fb'],
    muur: '#e3d5c0',
    dak: '#7a3b2e',
    groen: '#7aa95c',
    accent: '#3d7ea6',
    vloer: '#b08968',
  },
]

const lucht = (p: Palet) =>
  `<defs><linearGradient id="l" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.lucht[0]}"/><stop offset="1" stop-color="${p.lucht[1]}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#l)"/>`

const boom = (x: number, y: number, r: number, p: Palet) =>
  `<rect x="${x - r / 8}" y="${y}" width="${r / 4}" height="${r * 1.4}" fill="#6b4a2b"/><circle cx="${x}" cy="${y}" r="${r}" fill="${p.groen}"/><circle cx="${x - r * 0.5}" cy="${y + r * 0.3}" r="${r * 0.7}" fill="${p.groen}" opacity="0.85"/>`

const ramen = (x0: number, y0: number, cols: number, rows: number, p: Palet) => {
  let out = ''
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      out += `<rect x="${x0 + c * 110}" y="${y0 + r * 120}" width="70" height="85" fill="#dfeaf2" stroke="${p.dak}" stroke-width="6"/>`
  return out
}

const persoon = (x: number, y: number, kleur: string) =>
  `<circle cx="${x}" cy="${y}" r="26" fill="#e0b89a"/><rect x="${x - 34}" y="${y + 30}" width="68" height="95" rx="26" fill="${kleur}"/>`

const SCENES: Record<DemoScene, (p: Palet) => string> = {
  gevel: (p) =>
    lucht(p) +
    `<rect y="600" width="${W}" height="200" fill="${p.groen}"/>` +
    `<rect x="260" y="260" width="680" height="380" fill="${p.muur}"/>` +
    `<polygon points="230,270 600,90 970,270" fill="${p.dak}"/>` +
    ramen(310, 300, 6, 2, p) +
    `<rect x="555" y="520" width="90" height="120" fill="${p.dak}"/><rect x="520" y="640" width="160" height="160" fill="#cfc6b8"/>` +
    boom(150, 480, 95, p) +
    boom(1060, 470, 105, p) +
    `<circle cx="1020" cy="120" r="55" fill="${p.accent}" opacity="0.9"/>`,
  tuin: (p) =>
    lucht(p) +
    `<rect y="430" width="${W}" height="370" fill="${p.groen}"/>` +
    `<path d="M 520 800 C 560 650 700 560 760 430 L 820 430 C 780 560 680 680 700 800 Z" fill="#d9cdb4"/>` +
    `<ellipse cx="260" cy="640" rx="170" ry="60" fill="#7fb3d5"/>` +
    `<rect x="820" y="560" width="220" height="22" fill="#8b5a2b"/><rect x="820" y="520" width="220" height="18" fill="#8b5a2b"/><rect x="835" y="582" width="14" height="60" fill="#5a3a1b"/><rect x="1010" y="582" width="14" height="60" fill="#5a3a1b"/>` +
    [120, 180, 240, 980, 1040, 1100]
      .map((x, i) => `<circle cx="${x}" cy="${470 + (i % 2) * 20}" r="16" fill="${p.accent}"/>`)
      .join('') +
    boom(420, 300, 120, p) +
    boom(1000, 320, 90, p),
  kamer: (p) =>
    `<rect width="${W}" height="${H}" fill="${p.muur}" opacity="0.55"/><rect width="${W}" height="${H}" fill="#f5efe6" opacity="0.6"/>` +
    `<rect y="600" width="${W}" height="200" fill="${p.vloer}"/>` +
    `<rect x="700" y="120" width="360" height="330" fill="${p.lucht[0]}" stroke="#ffffff" stroke-width="18"/><rect x="873" y="120" width="14" height="330" fill="#ffffff"/>` +
    boom(880, 380, 60, p) +
    `<rect x="120" y="430" width="470" height="170" rx="12" fill="#ffffff"/><rect x="120" y="400" width="120" height="60" rx="18" fill="#e8e0d4"/><rect x="240" y="455" width="350" height="110" fill="${p.accent}" opacity="0.8"/>` +
    `<rect x="640" y="500" width="120" height="110" fill="${p.dak}"/><rect x="650" y="430" width="100" height="80" fill="${p.dak}" opacity="0.85"/>` +
    `<rect x="930" y="520" width="14" height="90" fill="#444"/><polygon points="890,520 984,520 960,470 914,470" fill="${p.accent}"/>`,
  huiskamer: (p) =>
    `<rect width="${W}" height="${H}" fill="#f3ede4"/><rect width="${W}" height="420" fill="${p.muur}" opacity="0.35"/>` +
    `<rect y="580" width="${W}" height="220" fill="${p.vloer}"/>` +
    `<rect x="80" y="110" width="300" height="240" fill="${p.lucht[0]}" stroke="#ffffff" stroke-width="14"/>` +
    `<rect x="820" y="120" width="260" height="170" fill="${p.accent}" opacity="0.7"/>` +
    persoon(420, 410, p.dak) +
    persoon(780, 410, p.groen) +
    `<rect x="300" y="520" width="600" height="40" rx="8" fill="#8b5a2b"/><rect x="330" y="560" width="24" height="150" fill="#6b4226"/><rect x="846" y="560" width="24" height="150" fill="#6b4226"/>` +
    `<circle cx="600" cy="500" r="26" fill="#ffffff"/><rect x="520" y="498" width="30" height="22" fill="${p.accent}"/>`,
}

const cache = new Map<string, Promise<Buffer>>()

/** A JPEG of 1200 × 800 of a scene in a colour scheme. */
export function demoFoto(scene: DemoScene, palet: number): Promise<Buffer> {
  const key = `${scene}-${palet}`
  let foto = cache.get(key)
  if (!foto) {
    const p = PALETTEN[palet % PALETTEN.length]!
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${SCENES[scene](p)}</svg>`
    foto = sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
    cache.set(key, foto)
  }
  return foto
}
