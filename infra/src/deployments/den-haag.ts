import { organisatiesVoor } from '@wegwijs/profielen';
import { defineDeployment } from './define';

const gemeenten = ['0518'];

/** Den Haag: one gemeente, its own stack; staff and inburgeraars sign in with the gemeente's IdP. */
export const denHaag = defineDeployment({
  config: {
    naam: 'den-haag',
    omgeving: 'productie',
    gemeenten,
    organisaties: organisatiesVoor(gemeenten),
    // The pages and the API: the redirect URIs registered at the IdP are under this origin.
    url: 'https://wegwijs.denhaag.example',
    issuers: [
      {
        iss: 'https://login.denhaag.example/',
        jwksUri: 'https://login.denhaag.example/.well-known/jwks.json',
        // Inburgeraars sign in to Mijn Wegwijs here too: the gemeente IdP brokers DigiD (authorization code + PKCE,
        // private_key_jwt); DigiD Substantieel at least.
        inburgeraarInlog: {
          clientId: 'wegwijs-portaal',
          scope: 'openid wegwijs',
          acr: 'http://eidas.europa.eu/LoA/substantial',
        },
        // Staff (beleidsmedewerkers, consulenten) sign in to the regie pages at the gemeente IdP: its own client.
        medewerkerInlog: {
          clientId: 'wegwijs-regie',
          scope: 'openid wegwijs',
          acr: 'http://eidas.europa.eu/LoA/substantial',
        },
      },
    ],
  },
  region: 'eu-west-1',
  tags: { gemeente: '0518' },
  // The gemeente's own service desk (placeholder domain, like the IdP); backups 35 days, copied to Frankfurt.
  beheer: {
    alarmAdressen: ['wegwijs-beheer@denhaag.example'],
    backup: { bewaarDagen: 35, kopieRegio: 'eu-central-1' },
  },
});
