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
    issuers: [
      {
        iss: 'https://login.denhaag.example/',
        jwksUri: 'https://login.denhaag.example/.well-known/jwks.json',
        // Inburgeraars sign in to Mijn Wegwijs here too: the gemeente IdP brokers DigiD (authorization code + PKCE).
        inburgeraarInlog: { clientId: 'wegwijs-portaal', scope: 'openid wegwijs' },
        // Staff (beleidsmedewerkers, consulenten) sign in to the regie pages at the gemeente IdP: its own client.
        medewerkerInlog: { clientId: 'wegwijs-regie', scope: 'openid wegwijs' },
      },
    ],
  },
  region: 'eu-west-1',
  tags: { gemeente: '0518' },
});
