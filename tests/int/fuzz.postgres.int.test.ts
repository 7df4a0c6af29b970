import { fuzzSuite } from './fuzz.suite'

fuzzSuite('postgres', Number(process.env.FUZZ_CASES ?? 600))
