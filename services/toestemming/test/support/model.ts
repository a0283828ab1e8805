import { CATEGORIE_REGELS, type Categorie, type GemeenteRol } from '@wegwijs/contracts';

/** A simple, independent statement of the broker's rules, used as the oracle of the property tests. */
export interface ModelToestemming {
  id: string;
  categorieen: Categorie[];
  rol: GemeenteRol | undefined;
  vanaf: string;
  tot: string | undefined;
  expliciet: boolean;
  org: string;
  ingetrokken: boolean;
}

export interface ModelEvent {
  bronId: string;
  categorie: Categorie;
  afzender: string;
  tijdstip: string;
  veiligThuis: boolean;
  afgerondOp?: string;
}

export class Model {
  /** The assignments, oldest first: the organisation assigned from `sinds` on. */
  private readonly toewijzingen: { org: string; sinds: string }[];
  afgerondOp: string | undefined;
  readonly toestemmingen: ModelToestemming[] = [];
  /** decision key -> actie; one per (bronId, recipient), the first delivery decides */
  readonly besluiten = new Map<string, 'gedeeld' | 'geweigerd'>();
  /** view entries still readable: key -> entry */
  readonly view = new Map<
    string,
    { bronId: string; rol: GemeenteRol | undefined; toestemmingId: string | undefined }
  >();
  verwijderd = 0;
  private readonly gezien = new Set<string>();

  /**
   * `mbPlichtWi2021`: the person's doelgroep falls under Wi2021 art. 13 (the profile's flag). Outside it, the categories
   * the Wi2021 shares on a wettelijke taak need consent like every other (API.md, "Privacy across the data's life").
   */
  constructor(
    org: string,
    private readonly mbPlichtWi2021 = true,
  ) {
    this.toewijzingen = [{ org, sinds: '' }];
  }

  /** Whether a categorie is shared on consent for this person. */
  opToestemming(categorie: Categorie): boolean {
    const grondslag = CATEGORIE_REGELS[categorie].grondslag;
    return grondslag === 'toestemming' || (grondslag === 'wettelijke-taak' && !this.mbPlichtWi2021);
  }

  /** The organisation assigned now. */
  get org(): string {
    return this.orgOp('\uffff');
  }

  /** The organisation assigned at an instant (a change takes effect at its own instant). */
  orgOp(tijdstip: string): string {
    const voor = this.toewijzingen.filter((t) => t.sinds <= tijdstip);
    return (voor[voor.length - 1] ?? this.toewijzingen[0])?.org ?? '';
  }

  /** The traject goes to another organisation from `sinds` on (changes arrive in order here). */
  wissel(org: string, sinds: string) {
    this.toewijzingen.push({ org, sinds });
  }

  /** The answer to a grant: 422 for a broken rule of the consent, 409 once the traject is afgerond, else 201. */
  geefStatus(t: Omit<ModelToestemming, 'ingetrokken' | 'org'>, vandaag: string): 201 | 409 | 422 {
    if (t.categorieen.some((c) => !this.opToestemming(c))) return 422;
    if (t.categorieen.includes('signalen') && !t.expliciet) return 422;
    const naarUitvoering = t.categorieen.some((c) => CATEGORIE_REGELS[c].richting === 'gemeente-naar-uitvoering');
    if (naarUitvoering && t.rol !== undefined) return 422;
    if (t.tot !== undefined && t.tot < vandaag) return 422;
    return this.afgerondOp !== undefined && this.afgerondOp < vandaag ? 409 : 201;
  }

  geefAkkoord(t: Omit<ModelToestemming, 'ingetrokken' | 'org'>, vandaag: string): boolean {
    return this.geefStatus(t, vandaag) === 201;
  }

  geef(t: Omit<ModelToestemming, 'ingetrokken' | 'org'>) {
    this.toestemmingen.push({ ...t, org: this.org, ingetrokken: false });
  }

  trekIn(id: string) {
    const t = this.toestemmingen.find((x) => x.id === id);
    if (t) t.ingetrokken = true;
    for (const [k, v] of this.view) {
      if (v.toestemmingId === id) {
        this.view.delete(k);
        this.verwijderd++;
      }
    }
  }

  lever(e: ModelEvent, sleutel: (bronId: string, rol: GemeenteRol | undefined) => string) {
    if (this.gezien.has(e.bronId)) return;
    this.gezien.add(e.bronId);
    const opToestemming = this.opToestemming(e.categorie) && !(e.categorie === 'verwijzing' && e.veiligThuis);
    const rollen = opToestemming ? [...new Set(this.toestemmingen.flatMap((t) => (t.rol ? [t.rol] : [])))].sort() : [];
    for (const rol of [undefined, ...rollen]) {
      const toestemmingId = this.permit(e, rol);
      const k = sleutel(e.bronId, rol);
      this.besluiten.set(k, toestemmingId === null ? 'geweigerd' : 'gedeeld');
      if (toestemmingId !== null) this.view.set(k, { bronId: e.bronId, rol, toestemmingId });
    }
    if (e.afgerondOp && e.afzender === this.orgOp(e.tijdstip) && (!this.afgerondOp || e.afgerondOp < this.afgerondOp)) {
      this.afgerondOp = e.afgerondOp;
    }
  }

  /** null: deny; undefined: permit on a wettelijke grondslag; string: permit under that consent. */
  private permit(e: ModelEvent, rol: GemeenteRol | undefined): string | undefined | null {
    // The sender and the consents are checked against the organisation assigned when the event came into being.
    const org = this.orgOp(e.tijdstip);
    if (e.afzender !== org) return null;
    if (!this.opToestemming(e.categorie)) return undefined;
    if (e.categorie === 'verwijzing' && e.veiligThuis) return undefined;
    const dag = e.tijdstip.slice(0, 10);
    const ids = this.toestemmingen
      .filter(
        (t) =>
          t.rol === rol &&
          t.categorieen.includes(e.categorie) &&
          !t.ingetrokken &&
          t.org === org &&
          t.vanaf <= e.tijdstip &&
          (t.tot === undefined || dag <= t.tot) &&
          (this.afgerondOp === undefined || dag <= this.afgerondOp) &&
          (e.categorie !== 'signalen' || t.expliciet),
      )
      .map((t) => t.id)
      .sort();
    return ids[0] ?? null;
  }

  zichtbaar(rol: GemeenteRol): string[] {
    const bronnen = new Set<string>();
    for (const v of this.view.values()) if (v.rol === undefined || v.rol === rol) bronnen.add(v.bronId);
    return [...bronnen].sort();
  }
}
