/** Above the login form: what this is and where a login comes from, in a heading and one sentence. */
import React from 'react'
import './shared/beheer.css'

export const InlogUitleg: React.FC = () => (
  <div className="za-inlog">
    <h1 className="za-inlog__titel">Inloggen</h1>
    <p>Log in met het e-mailadres en het wachtwoord die u van uw zorgkantoor heeft gekregen.</p>
  </div>
)
