import { organisatiesVoor } from '@wegwijs/profielen';
import { defineDeployment } from './define';

/** The samenwerkingsverband Zaffier: Alkmaar, Bergen, Castricum, Dijk en Waard, Heiloo and Uitgeest. */
const gemeenten = ['0361', '0373', '0383', '1980', '0399', '0450'];

/**
 * Zaffier: six gemeenten in one shared stack. The gemeenten and INOVA federate their users through one shared IdP of
 * the samenwerkingsverband, so the stack trusts one issuer.
 */
export const zaffier = defineDeployment({
  config: {
    naam: 'zaffier',
    omgeving: 'productie',
    gemeenten,
    organisaties: organisatiesVoor(gemeenten),
    // The pages and the API: the redirect URIs registered at the IdP are under this origin.
    url: 'https://wegwijs.zaffier.example',
    issuers: [
      {
        iss: 'https://login.zaffier.example/',
        jwksUri: 'https://login.zaffier.example/.well-known/jwks.json',
        // Inburgeraars sign in to Mijn Wegwijs here too: the shared IdP brokers DigiD (authorization code + PKCE,
        // private_key_jwt); DigiD Substantieel at least.
        inburgeraarInlog: {
          clientId: 'wegwijs-portaal',
          scope: 'openid wegwijs',
          acr: 'http://eidas.europa.eu/LoA/substantial',
        },
        // Staff (beleidsmedewerkers, consulenten) sign in to the regie pages at the shared IdP: its own client.
        medewerkerInlog: {
          clientId: 'wegwijs-regie',
          scope: 'openid wegwijs',
          acr: 'http://eidas.europa.eu/LoA/substantial',
        },
      },
    ],
  },
  region: 'eu-west-1',
  tags: { samenwerkingsverband: 'zaffier' },
  // The samenwerkingsverband's functioneel beheer and its supplier's on-call desk; backups 35 days, no second region.
  beheer: {
    alarmAdressen: ['functioneelbeheer@zaffier.example', 'storingen@zaffier.example'],
    backup: { bewaarDagen: 35 },
  },
});
