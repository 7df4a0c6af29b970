'use client'
/** Actions on a care offer (copy, delete, undo). Placeholder until built. */
import React from 'react'

export const ZorgaanbodActies: React.FC = () => null
