import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { zodNl } from '../../../cms/validation/zod-nl'

const ENGELS = /\b(the|not allowed|invalid|field|error|expected|received|input)\b/i

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value, { error: zodNl })
  return r.success ? [] : r.error.issues.map((i) => i.message)
}

describe("zod's issues in Dutch, naming the field", () => {
  const Body = z
    .object({
      reden: z.string().min(3).max(5),
      aantal: z.number().int().min(1),
      actief: z.boolean(),
      soort: z.enum(['a', 'b']),
      lijst: z.array(z.string()).min(1).max(2),
      email: z.email(),
      adres: z.object({ postcode: z.string() }),
      eigen: z.string({ error: 'Vul een eigen tekst in.' }),
    })
    .strict()

  it('every issue is Dutch and names its field', () => {
    const found = messages(Body, {
      reden: 5,
      aantal: 0,
      actief: 'ja',
      soort: 'c',
      lijst: ['a', 'b', 'c'],
      email: 'geen',
      adres: { postcode: 1 },
      eigen: 1,
      extra: true,
    })
    expect(found).toEqual([
      '"reden" moet tekst zijn.',
      '"aantal" moet minstens 1 zijn.',
      '"actief" moet aan of uit (true of false) zijn.',
      '"soort" heeft een keuze die niet bestaat.',
      '"lijst" mag hoogstens 2 keuzes hebben.',
      '"email" moet een geldig e-mailadres zijn, bijvoorbeeld naam@organisatie.nl.',
      '"adres.postcode" moet tekst zijn.',
      'Vul een eigen tekst in.',
      'Dit veld hoort hier niet bij: "extra".',
    ])
    for (const m of found) expect(m).not.toMatch(ENGELS)
  })

  it('lengths, missing fields and the body as a whole', () => {
    expect(messages(Body.pick({ reden: true }), { reden: 'ab' })).toEqual([
      '"reden" moet minstens 3 tekens lang zijn.',
    ])
    expect(messages(Body.pick({ reden: true }), { reden: 'abcdef' })).toEqual([
      '"reden" mag hoogstens 5 tekens lang zijn.',
    ])
    expect(messages(Body.pick({ reden: true }), {})).toEqual(['"reden" ontbreekt.'])
    expect(messages(z.string().min(1), '')).toEqual(['De waarde mag niet leeg zijn.'])
    expect(messages(Body, 'x')).toEqual(['De waarde moet een groep velden zijn.'])
  })
})
