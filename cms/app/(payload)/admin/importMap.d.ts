/* Types for the import map that `payload generate:importmap` writes into importMap.js. */
import type { ImportMap } from 'payload'

export declare const importMap: ImportMap
