'use client'
/** Completeness of a location: score as a meter plus the missing items named. */
import React, { useId } from 'react'

export const Volledigheid: React.FC<{ score: number; ontbreekt: string[] }> = ({
  score,
  ontbreekt,
}) => {
  const labelId = useId()
  return (
    <div className="za-volledigheid">
      <p>
        <span id={labelId}>Volledigheid van de gegevens:</span> <b>{score}%</b>
      </p>
      <meter
        aria-labelledby={labelId}
        min={0}
        max={100}
        low={50}
        high={80}
        optimum={100}
        value={score}
      >
        {score}%
      </meter>
      {ontbreekt.length > 0 ? (
        <>
          <p>Vul dit nog aan, zodat cliënten en hun naasten goed kunnen vergelijken:</p>
          <ul className="za-lijst">
            {ontbreekt.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>Alles is ingevuld.</p>
      )}
    </div>
  )
}
