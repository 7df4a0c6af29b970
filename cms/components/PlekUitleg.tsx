'use client'
/**
 * Top of a free-capacity report or a waiting time (§3.2.9): what it is for and that it is public
 * at once, without review. On the create view it fills in the location from "?locatie=<id>"
 * (the links on a location's overview).
 */
import { useDocumentInfo } from '@payloadcms/ui'
import './shared/beheer.css'
import React from 'react'
import { useLocatieUitLink } from './shared/useLocatieUitLink'

const NieuwInvullen: React.FC = () => {
  useLocatieUitLink()
  return null
}

export const VrijeCapaciteitUitleg: React.FC = () => {
  const { id } = useDocumentInfo()
  return (
    <section className="za-paneel" aria-labelledby="za-vrije-plaatsen">
      {!id && <NieuwInvullen />}
      <h3 id="za-vrije-plaatsen">Vrije plaatsen melden</h3>
      <p>
        Meld hoeveel plaatsen er vrij zijn, voor welke sector en (als u wilt) welk zorgprofiel. De
        melding staat na <i>Bewaar</i> direct in de Zorgatlas, zonder controle door het zorgkantoor,
        met de datum van vandaag. Na de einddatum verdwijnt ze vanzelf. Is de plek eerder bezet?
        Verwijder de melding dan.
      </p>
    </section>
  )
}

export const WachttijdUitleg: React.FC = () => {
  const { id } = useDocumentInfo()
  return (
    <section className="za-paneel" aria-labelledby="za-wachttijd">
      {!id && <NieuwInvullen />}
      <h3 id="za-wachttijd">Wachttijd opgeven</h3>
      <p>
        Geef per zorgprofiel op hoeveel weken iemand ongeveer moet wachten. De wachttijd staat na{' '}
        <i>Bewaar</i> direct in de Zorgatlas, met de datum van vandaag. Pas hem aan als de wachttijd
        verandert.
      </p>
    </section>
  )
}
