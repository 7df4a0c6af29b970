/**
 * For the import commands (`import:postcodes`, `import:zorgkaart`): the text of the file named on
 * the command line, or a Dutch message and exit code 2 when it cannot be read.
 */
import { readFile } from 'node:fs/promises'

export async function leesInvoerbestand(bestand: string): Promise<string> {
  try {
    return await readFile(bestand, 'utf8')
  } catch (error) {
    console.error(`Het bestand ${bestand} kan niet worden gelezen: ${(error as Error).message}`)
    process.exit(2)
  }
}
