/**
 * The mail task's handler (cms/jobs/tasks.ts); runs in the worker process as a held job. A failure
 * is thrown, so Payload retries the job with backoff; after the last try it stays failed, visible in
 * the health endpoint.
 */
import type { TaskHandler } from 'payload'
import type { Verzonden } from '../mail/adapter'
import { MAIL_TASK } from './queue'
import { runHeld } from './worker'

export const verstuurMail: TaskHandler<{
  input: { aan: string; onderwerp: string; tekst: string }
  output: { messageId: string }
}> = async ({ input, job, req }) =>
  runHeld(job, MAIL_TASK, async () => {
    const result = (await req.payload.sendEmail({
      to: input.aan,
      subject: input.onderwerp,
      text: input.tekst,
    })) as Verzonden
    return { output: { messageId: result.messageId } }
  })

export default verstuurMail
