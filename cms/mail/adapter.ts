/**
 * Payload's e-mail adapter (the `email` port), on nodemailer (ADR 0010):
 * - SMTP_URL set → sent through that SMTP server;
 * - otherwise (development) → written as an .eml file to DATA_DIR/outbox and named in the log.
 * Both build the message with nodemailer, so the file holds exactly what SMTP would send.
 * Sending is done by the worker's mail job (cms/jobs/mail-handler.ts), never inside a request.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import type { MailConfig } from '../config'

export interface Verzonden {
  messageId: string
  /** the addresses the server accepted (SMTP) or the file written (outbox) */
  geaccepteerd: string[]
  bestand?: string
}

const adressen = (value: SendEmailOptions['to']): string[] =>
  [value]
    .flat(3)
    .filter((a) => a !== undefined && a !== null)
    .map((a) => (typeof a === 'string' ? a : String((a as { address?: unknown }).address ?? '')))

export function zorgatlasEmailAdapter(mail: MailConfig): EmailAdapter<Verzonden> {
  return ({ payload }) => {
    const from = { name: mail.fromName, address: mail.fromAddress }
    const smtp = mail.smtpUrl ? nodemailer.createTransport(mail.smtpUrl) : null
    const composer = nodemailer.createTransport({ streamTransport: true, buffer: true })

    return {
      name: smtp ? 'smtp' : 'outbox',
      defaultFromAddress: mail.fromAddress,
      defaultFromName: mail.fromName,
      sendEmail: async (message) => {
        const options = { from, ...message }
        if (smtp) {
          const info = await smtp.sendMail(options)
          return { messageId: info.messageId, geaccepteerd: info.accepted.map(String) }
        }
        const info = await composer.sendMail(options)
        await fs.mkdir(mail.outboxDir, { recursive: true })
        const naam = `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`
        const bestand = path.join(mail.outboxDir, naam)
        await fs.writeFile(bestand, info.message as Buffer)
        payload.logger.info(
          { onderwerp: message.subject, bestand },
          'E-mail in de outbox gezet (geen SMTP_URL)',
        )
        return { messageId: info.messageId, geaccepteerd: adressen(message.to), bestand }
      },
    }
  }
}
