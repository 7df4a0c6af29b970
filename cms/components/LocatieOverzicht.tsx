'use client'
/** Overview on a location (visibility, completeness, actions). Placeholder until built. */
import React from 'react'

export const LocatieOverzicht: React.FC = () => null
