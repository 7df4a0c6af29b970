import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { handlerUitModule, herhaling, indexTask, mailTask, reindexTask } from '../../cms/jobs/tasks'

describe('retries of the worker’s tasks', () => {
  it('every task backs off exponentially; JOB_RETRY_DELAY_MS sets the first pause of all', () => {
    for (const task of [indexTask('/x'), reindexTask('/x'), mailTask('/x')]) {
      expect(task.retries, task.slug).toMatchObject({ backoff: { type: 'exponential' } })
    }
    expect(herhaling(8, 5000)).toEqual({
      attempts: 8,
      backoff: { type: 'exponential', delay: 5000 },
    })
    expect(herhaling(8, 5000, { retryDelayMs: 100 }).backoff).toEqual({
      type: 'exponential',
      delay: 100,
    })
    expect(herhaling(8, 5000, { retryDelayMs: null }).backoff?.delay).toBe(5000)
  })
})

describe('a handler loaded when its task runs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'za-taak-'))
  const module = path.join(dir, 'handler.mjs')
  fs.writeFileSync(
    module,
    'export const doe = async ({ input }) => ({ output: { x: input.x * 2 } })\n',
  )

  it('runs the named export', async () => {
    const handler = handlerUitModule(module, 'doe')
    await expect(handler({ input: { x: 21 } } as never)).resolves.toEqual({ output: { x: 42 } })
  })

  it('a module that cannot be loaded, or lacks the export, throws inside the task (a failed try)', async () => {
    await expect(
      handlerUitModule(path.join(dir, 'weg.mjs'), 'doe')({ input: {} } as never),
    ).rejects.toThrow(/kon niet worden geladen .*weg\.mjs/)
    await expect(handlerUitModule(module, 'anders')({ input: {} } as never)).rejects.toThrow(
      /heeft geen anders/,
    )
  })
})
