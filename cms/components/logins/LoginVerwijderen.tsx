'use client'
/**
 * Deleting a login (seed 004 §3.3.2): first deactivate, then delete, after "Ja" to the question.
 * On the login itself (Field) and in the list of logins (Cell: "in het overzicht verwijderen").
 * An active login shows why it cannot be deleted yet; the server refuses it too, with the same
 * reason (cms/domain/roles.ts loginVerwijderFout).
 */
import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import '../shared/beheer.css'
import React, { useState } from 'react'
import { LOGIN_MELDINGEN } from '../../domain/roles'
import { api, GEEN_VERBINDING, tekstVan, type Id } from '../shared/api'

interface Login {
  id: Id
  naam?: string | null
  email?: string | null
  actief?: boolean | null
}

const Verwijderen: React.FC<{ login: Login; klaar: () => void; compact?: boolean }> = ({
  login,
  klaar,
  compact,
}) => {
  const [vraag, setVraag] = useState(false)
  const [bezig, setBezig] = useState(false)
  const [fout, setFout] = useState<string | null>(null)
  const wie = login.naam?.trim() || login.email || 'deze login'
  const vraagId = `za-verwijder-vraag-${String(login.id)}`

  if (login.actief !== false) {
    return compact ? (
      <span className="za-hint">Eerst deactiveren</span>
    ) : (
      <p className="za-hint">{LOGIN_MELDINGEN.nogActief}</p>
    )
  }

  async function verwijder() {
    setBezig(true)
    setFout(null)
    try {
      const { ok, data } = await api(`/api/users/${encodeURIComponent(String(login.id))}`, {
        method: 'DELETE',
      })
      if (ok) {
        setVraag(false)
        klaar()
      } else setFout(tekstVan(data, 'Het verwijderen lukte niet.'))
    } catch {
      setFout(GEEN_VERBINDING)
    } finally {
      setBezig(false)
    }
  }

  return (
    <div className="za-verwijderen">
      {!vraag && (
        <Button buttonStyle="secondary" margin={false} size="small" onClick={() => setVraag(true)}>
          {compact ? 'Verwijderen' : 'Login verwijderen'}
        </Button>
      )}
      {vraag && (
        <div className="za-melding za-melding--let-op" role="alertdialog" aria-labelledby={vraagId}>
          <p id={vraagId}>
            Wilt u {wie} verwijderen? De login en de gegevens ervan verdwijnen uit de Zorgatlas. Dat
            kunt u niet ongedaan maken.
          </p>
          <Button buttonStyle="primary" margin={false} disabled={bezig} onClick={verwijder}>
            Ja
          </Button>{' '}
          <Button buttonStyle="secondary" margin={false} onClick={() => setVraag(false)}>
            Nee
          </Button>
        </div>
      )}
      {fout && <p role="alert">{fout}</p>}
    </div>
  )
}

/** On the login's page, below Actief. Not on one's own login, not on a new one. */
export const LoginVerwijderenVeld: React.FC = () => {
  const { id, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const router = useRouter()
  const naam = useFormFields(([fields]) => fields.naam?.value) as string | undefined
  if (!id || String(user?.id) === String(id)) return null
  return (
    <section className="za-paneel" aria-labelledby="za-login-verwijderen">
      <h3 id="za-login-verwijderen">Login verwijderen</h3>
      <Verwijderen
        login={{
          id,
          naam,
          email: savedDocumentData?.email as string | undefined,
          // the saved state decides, not an unsaved tick
          actief: savedDocumentData?.actief as boolean | undefined,
        }}
        klaar={() => router.push('/admin/collections/users')}
      />
    </section>
  )
}

/** A column of the list of logins. */
export const LoginVerwijderenCel: React.FC<{ rowData?: Login }> = ({ rowData }) => {
  const { user } = useAuth()
  const router = useRouter()
  if (!rowData?.id || String(user?.id) === String(rowData.id)) return null
  return <Verwijderen login={rowData} klaar={() => router.refresh()} compact />
}
