import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { beschrijfVelden, labelTekst } from '../../../cms/domain/velden'
import {
  aantallenTekst,
  itemSoort,
  platteTekst,
  telItems,
  VERTROUWELIJKE_WAARDE,
  veldVerschillen,
  verwijzingen,
  wachttijdTekst,
  type Benoemd,
  type Opzoeken,
} from '../../../cms/domain/verschillen'

/** A small collection with every kind of field the review desk compares. */
const FIELDS: Field[] = [
  { name: 'overzicht', type: 'ui', admin: { components: { Field: '/x#X' } } },
  { name: 'naam', label: 'Naam locatie', type: 'text' },
  {
    type: 'row',
    fields: [
      { name: 'kleinschalig', label: 'Kleinschalig', type: 'checkbox' },
      { name: 'volgnummer', label: 'Volgnummer', type: 'number' },
    ],
  },
  {
    name: 'bezoekadres',
    label: 'Bezoekadres',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'straat', label: 'Straat', type: 'text' },
          { name: 'plaats', label: 'Plaats', type: 'text' },
        ],
      },
    ],
  },
  { name: 'soortZorg', label: 'Soort zorg', type: 'relationship', relationTo: 'soorten-zorg' },
  {
    name: 'zachteInformatie',
    label: 'Zachte informatie',
    type: 'relationship',
    relationTo: 'zachte-informatie',
    hasMany: true,
  },
  { name: 'fotos', label: 'Foto’s', type: 'upload', relationTo: 'media', hasMany: true },
  {
    type: 'tabs',
    tabs: [
      {
        name: 'vv',
        label: 'Ouderenzorg (VV)',
        fields: [
          {
            name: 'zorgprofielen',
            label: 'Zorgprofielen',
            type: 'select',
            hasMany: true,
            options: [
              { value: 'VV-5', label: 'VV-5 – Beschermd wonen met intensieve dementiezorg' },
              { value: 'VV-6', label: 'VV-6 – Beschermd wonen met intensieve verzorging' },
            ],
          },
        ],
      },
    ],
  },
  {
    name: 'voorzieningen',
    label: 'Voorzieningen',
    type: 'array',
    fields: [{ name: 'naam', label: 'Naam', type: 'text' }],
  },
  { name: 'omschrijving', label: 'Omschrijving', type: 'richText' },
  { name: 'youtubeId', type: 'text', admin: { hidden: true } },
  { name: 'status', type: 'select', options: ['nieuw'] },
  { name: 'sessions', type: 'array', fields: [{ name: 'id', type: 'text' }] },
]

const NAMEN: Record<string, Benoemd> = {
  'soorten-zorg:1': { naam: 'Ouderenzorg in een instelling' },
  'soorten-zorg:2': { naam: 'Ouderenzorg thuis' },
  'zachte-informatie:7': { naam: 'Huisdieren welkom' },
  'zachte-informatie:8': { naam: 'Islamitische identiteit' },
  'media:3': { naam: 'Tuin', foto: { id: '3', alt: 'Tuin', url: '/api/media/file/tuin-480.webp' } },
  'media:4': { naam: 'Hal', foto: { id: '4', alt: 'Hal', url: '/api/media/file/hal-480.webp' } },
}
const opzoeken: Opzoeken = (collectie, id) => NAMEN[`${collectie}:${id}`]
const velden = beschrijfVelden(FIELDS)

const lexical = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      children: [{ type: 'text', text }],
    })),
  },
})

const basis = {
  id: 5,
  naam: 'Hof Mondriaan',
  kleinschalig: false,
  volgnummer: 0,
  bezoekadres: { straat: 'Dorpsstraat', plaats: 'Tilburg' },
  soortZorg: 1,
  zachteInformatie: [7],
  fotos: [3],
  vv: { zorgprofielen: ['VV-5'] },
  voorzieningen: [{ id: 'a1', naam: 'Verpleeghuis' }],
  omschrijving: lexical('Een mooi huis.'),
  youtubeId: 'abc',
  status: 'definitief',
  updatedAt: '2026-01-01T00:00:00Z',
}

describe('beschrijfVelden: fields as the editor knows them', () => {
  it('flattens rows, groups and named tabs into paths with labels, leaving out ui, hidden, status and secrets', () => {
    expect(velden.map((v) => [v.pad, v.label, v.soort])).toEqual([
      ['naam', 'Naam locatie', 'tekst'],
      ['kleinschalig', 'Kleinschalig', 'janee'],
      ['volgnummer', 'Volgnummer', 'getal'],
      ['bezoekadres.straat', 'Bezoekadres › Straat', 'tekst'],
      ['bezoekadres.plaats', 'Bezoekadres › Plaats', 'tekst'],
      ['soortZorg', 'Soort zorg', 'relatie'],
      ['zachteInformatie', 'Zachte informatie', 'relatie'],
      ['fotos', 'Foto’s', 'foto'],
      ['vv.zorgprofielen', 'Ouderenzorg (VV) › Zorgprofielen', 'keuze'],
      ['voorzieningen', 'Voorzieningen', 'rijen'],
      ['omschrijving', 'Omschrijving', 'rijketekst'],
    ])
  })
  it('takes Dutch from a per-language label', () => {
    expect(labelTekst({ en: 'Name', nl: 'Naam' }, 'x')).toBe('Naam')
    expect(labelTekst(undefined, 'naam')).toBe('naam')
  })
})

describe('veldVerschillen: only what changed, old → new', () => {
  it('lists nothing for an unchanged record (row ids, updatedAt, status and hidden fields do not count)', () => {
    const zelfde = {
      ...basis,
      voorzieningen: [{ id: 'b2', naam: 'Verpleeghuis' }],
      updatedAt: '2026-02-02T00:00:00Z',
      status: 'voorgesteld',
      youtubeId: 'other',
      soortZorg: { id: 1, naam: 'populated' },
    }
    expect(veldVerschillen(velden, basis, zelfde, opzoeken)).toEqual([])
  })

  it('shows a changed text and a nested group field with their labels', () => {
    const nieuw = {
      ...basis,
      naam: 'Hof Mondriaan Zuid',
      bezoekadres: { ...basis.bezoekadres, straat: 'Kerkstraat' },
    }
    expect(veldVerschillen(velden, basis, nieuw, opzoeken)).toEqual([
      {
        veld: 'naam',
        label: 'Naam locatie',
        soort: 'tekst',
        oud: 'Hof Mondriaan',
        nieuw: 'Hof Mondriaan Zuid',
      },
      {
        veld: 'bezoekadres.straat',
        label: 'Bezoekadres › Straat',
        soort: 'tekst',
        oud: 'Dorpsstraat',
        nieuw: 'Kerkstraat',
      },
    ])
  })

  it('shows relations and select values by name, lists as sets with what was added and removed', () => {
    const nieuw = {
      ...basis,
      soortZorg: 2,
      zachteInformatie: [8, 7],
      vv: { zorgprofielen: ['VV-6', 'VV-5'] },
    }
    const result = veldVerschillen(velden, basis, nieuw, opzoeken)
    expect(result).toEqual([
      {
        veld: 'soortZorg',
        label: 'Soort zorg',
        soort: 'tekst',
        oud: 'Ouderenzorg in een instelling',
        nieuw: 'Ouderenzorg thuis',
      },
      {
        veld: 'zachteInformatie',
        label: 'Zachte informatie',
        soort: 'lijst',
        oud: ['Huisdieren welkom'],
        nieuw: ['Huisdieren welkom', 'Islamitische identiteit'],
        erbij: ['Islamitische identiteit'],
        eraf: [],
      },
      {
        veld: 'vv.zorgprofielen',
        label: 'Ouderenzorg (VV) › Zorgprofielen',
        soort: 'lijst',
        oud: ['VV-5 – Beschermd wonen met intensieve dementiezorg'],
        nieuw: [
          'VV-5 – Beschermd wonen met intensieve dementiezorg',
          'VV-6 – Beschermd wonen met intensieve verzorging',
        ],
        erbij: ['VV-6 – Beschermd wonen met intensieve verzorging'],
        eraf: [],
      },
    ])
    // the same set in another order is no change
    expect(
      veldVerschillen(
        velden,
        { ...basis, zachteInformatie: [7, 8] },
        { ...basis, zachteInformatie: [8, 7] },
        opzoeken,
      ),
    ).toEqual([])
  })

  it('shows photos as thumbnails; their order matters (the first is the main photo)', () => {
    const [erbij] = veldVerschillen(velden, basis, { ...basis, fotos: [4, 3] }, opzoeken)
    expect(erbij).toMatchObject({
      soort: 'fotos',
      oud: [{ id: '3', url: '/api/media/file/tuin-480.webp' }],
      nieuw: [{ id: '4' }, { id: '3' }],
      erbij: [{ id: '4', alt: 'Hal' }],
      eraf: [],
    })
    const [volgorde] = veldVerschillen(
      velden,
      { ...basis, fotos: [3, 4] },
      { ...basis, fotos: [4, 3] },
      opzoeken,
    )
    expect(volgorde).toMatchObject({ soort: 'fotos', erbij: [], eraf: [] })
  })

  it('compares array rows by content and rich text as plain text', () => {
    const nieuw = {
      ...basis,
      voorzieningen: [
        { id: 'x', naam: 'Verpleeghuis' },
        { id: 'y', naam: 'Woonzorgcentrum' },
      ],
      omschrijving: lexical('Een mooi huis.', 'Met tuin.'),
    }
    expect(veldVerschillen(velden, basis, nieuw, opzoeken)).toEqual([
      {
        veld: 'voorzieningen',
        label: 'Voorzieningen',
        soort: 'lijst',
        oud: ['Verpleeghuis'],
        nieuw: ['Verpleeghuis', 'Woonzorgcentrum'],
        erbij: ['Woonzorgcentrum'],
        eraf: [],
      },
      {
        veld: 'omschrijving',
        label: 'Omschrijving',
        soort: 'tekst',
        oud: 'Een mooi huis.',
        nieuw: 'Een mooi huis.\nMet tuin.',
      },
    ])
    // a different lexical structure with the same text is no change
    const anders = {
      ...basis,
      omschrijving: {
        root: { children: [{ children: [{ text: 'Een ' }, { text: 'mooi huis.' }] }] },
      },
    }
    expect(veldVerschillen(velden, basis, anders, opzoeken)).toEqual([])
  })

  it('a checkbox and a number change are shown in words', () => {
    expect(
      veldVerschillen(velden, basis, { ...basis, kleinschalig: true, volgnummer: 2 }, opzoeken),
    ).toEqual([
      { veld: 'kleinschalig', label: 'Kleinschalig', soort: 'tekst', oud: 'Nee', nieuw: 'Ja' },
      { veld: 'volgnummer', label: 'Volgnummer', soort: 'tekst', oud: '0', nieuw: '2' },
    ])
  })

  it('a new record lists every field with a value, with an empty old side', () => {
    const result = veldVerschillen(
      velden,
      null,
      { naam: 'Nieuw huis', kleinschalig: false, soortZorg: 1, zachteInformatie: [] },
      opzoeken,
    )
    expect(result).toEqual([
      { veld: 'naam', label: 'Naam locatie', soort: 'tekst', oud: null, nieuw: 'Nieuw huis' },
      {
        veld: 'soortZorg',
        label: 'Soort zorg',
        soort: 'tekst',
        oud: null,
        nieuw: 'Ouderenzorg in een instelling',
      },
    ])
  })

  it('a confidential note: that it changed, never what it says', () => {
    const notities = beschrijfVelden([
      {
        name: 'opmerkingen',
        label: 'Opmerkingen',
        type: 'textarea',
        custom: { vertrouwelijk: true },
      },
    ])
    expect(notities[0]?.vertrouwelijk).toBe(true)
    const verschil = veldVerschillen(
      notities,
      { opmerkingen: 'eerste notitie' },
      { opmerkingen: 'tweede notitie' },
      opzoeken,
    )
    expect(verschil).toEqual([
      {
        veld: 'opmerkingen',
        label: 'Opmerkingen',
        soort: 'tekst',
        oud: VERTROUWELIJKE_WAARDE,
        nieuw: VERTROUWELIJKE_WAARDE,
      },
    ])
    expect(
      JSON.stringify(veldVerschillen(notities, null, { opmerkingen: 'geheim' }, opzoeken)),
    ).not.toContain('geheim')
  })

  it('names a related record that no longer exists instead of failing', () => {
    const [r] = veldVerschillen(velden, basis, { ...basis, soortZorg: 99 }, opzoeken)
    expect(r).toMatchObject({
      oud: 'Ouderenzorg in een instelling',
      nieuw: 'nr. 99 (niet meer gevonden)',
    })
  })
})

describe('helpers', () => {
  it('verwijzingen collects every related id per collection, from both versions', () => {
    const refs = verwijzingen(velden, [basis, { ...basis, soortZorg: { id: 2 }, fotos: [4] }])
    expect([...refs.get('soorten-zorg')!]).toEqual(['1', '2'])
    expect([...refs.get('media')!].sort()).toEqual(['3', '4'])
    expect([...refs.get('zachte-informatie')!]).toEqual(['7'])
  })
  it('platteTekst reads lexical JSON', () => {
    expect(platteTekst(lexical('a', 'b'))).toBe('a\nb')
    expect(platteTekst(null)).toBe('')
  })
  it('item kinds, counts and waiting time in words', () => {
    expect(itemSoort('nieuw')).toBe('nieuw')
    expect(itemSoort('voorgesteld')).toBe('gewijzigd')
    expect(itemSoort('voorgesteld-verwijderd')).toBe('verwijderd')
    const a = telItems([
      { vorigeStatus: 'nieuw' },
      { vorigeStatus: 'voorgesteld' },
      { vorigeStatus: 'voorgesteld' },
      { vorigeStatus: 'voorgesteld-verwijderd' },
    ])
    expect(a).toEqual({ nieuw: 1, gewijzigd: 2, verwijderd: 1 })
    expect(aantallenTekst(a)).toBe('1 nieuw, 2 gewijzigd en 1 te verwijderen')
    expect(aantallenTekst({ nieuw: 0, gewijzigd: 1, verwijderd: 0 })).toBe('1 gewijzigd')
    expect(wachttijdTekst(10 * 60_000)).toBe('minder dan een uur')
    expect(wachttijdTekst(5 * 3_600_000)).toBe('5 uur')
    expect(wachttijdTekst(30 * 3_600_000)).toBe('1 dag')
    expect(wachttijdTekst(12 * 86_400_000)).toBe('12 dagen')
  })
})

describe('a YouTube video in the differences', () => {
  const velden = beschrijfVelden([
    {
      name: 'video',
      label: 'YouTube-video',
      type: 'textarea',
      custom: { verschilSoort: 'youtube' },
    },
  ])
  const geen: Opzoeken = () => undefined

  it('is described as a video, not as plain text', () => {
    expect(velden).toEqual([{ pad: 'video', label: 'YouTube-video', soort: 'youtube' }])
  })

  it('shows the old and new id readably, each with its watch link', () => {
    const [v] = veldVerschillen(velden, { video: 'dQw4w9WgXcQ' }, { video: 'M7lc1UVf-VE' }, geen)
    expect(v).toEqual({
      veld: 'video',
      label: 'YouTube-video',
      soort: 'tekst',
      oud: 'YouTube-video dQw4w9WgXcQ',
      nieuw: 'YouTube-video M7lc1UVf-VE',
      oudLink: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      nieuwLink: 'https://www.youtube.com/watch?v=M7lc1UVf-VE',
    })
  })

  it('a removed video is empty on the new side, without a link', () => {
    const [v] = veldVerschillen(velden, { video: 'dQw4w9WgXcQ' }, { video: null }, geen)
    expect(v).toMatchObject({ oud: 'YouTube-video dQw4w9WgXcQ', nieuw: null, nieuwLink: null })
  })

  it('an unchanged video is not listed', () => {
    expect(
      veldVerschillen(velden, { video: 'dQw4w9WgXcQ' }, { video: 'dQw4w9WgXcQ' }, geen),
    ).toEqual([])
  })
})
