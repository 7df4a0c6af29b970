import { describe, expect, it } from 'vitest'
import { lijstDocument } from '../../../search-indexer/contract'
import { makePublicDocument } from '../../fixtures/public-documents'

describe('lijstDocument: the part of a public document a search hit carries', () => {
  const vrij = (gemeldOp: string) => ({
    sector: { code: 'vv', naam: 'Verpleging en verzorging' },
    zorgprofiel: null,
    soortPlaats: { code: 'verblijf', naam: 'Verblijf' },
    aantal: 1,
    beschikbaarVanaf: '2026-12-01',
    geldigTot: '2027-01-01',
    gemeldOp,
    toelichting: null,
  })

  it('keeps what a list of results shows, and the newest report of free places', () => {
    const doc = makePublicDocument({
      vrijeCapaciteit: [vrij('2026-11-02T10:00:00.000Z'), vrij('2026-12-03T09:00:00.000Z')],
      vrijePlaatsen: 2,
    })
    const lijst = lijstDocument(doc)
    expect(lijst).toMatchObject({
      id: doc.id,
      locatieId: doc.locatieId,
      naam: doc.naam,
      organisatie: { id: doc.organisatie.id, naam: doc.organisatie.naam },
      plaats: doc.adres.plaats,
      geo: doc.geo,
      woonplaatsIds: doc.woonplaatsen.map((w) => w.id),
      vrijePlaatsen: 2,
      vrijePlaatsenGemeldOp: '2026-12-03T09:00:00.000Z',
      foto: null,
    })
    expect(lijstDocument(makePublicDocument({})).vrijePlaatsenGemeldOp).toBeNull()
  })

  it('never carries the street, contact details or the care offer', () => {
    const json = JSON.stringify(lijstDocument(makePublicDocument({})))
    const doc = makePublicDocument({})
    expect(json).not.toContain(doc.adres.straat)
    for (const veld of ['adres', 'telefoon', 'email', 'zorgaanbod', 'vrijeCapaciteit', 'video']) {
      expect(json).not.toContain(`"${veld}"`)
    }
  })
})
