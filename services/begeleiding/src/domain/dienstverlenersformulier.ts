import type { DienstverlenersformulierResponse, FormulierTaal, VerwijzingPartner } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { Regelfout } from './regels';

interface Teksten {
  titel: string;
  uitleg: string;
  partners: Record<VerwijzingPartner, { naam: string; waarvoor: string }>;
}

/** The form's text per language (Dutch is the source; the other four follow Mijn Wegwijs's languages). */
const TEKSTEN: Record<FormulierTaal, Teksten> = {
  nl: {
    titel: 'Waar kunt u terecht na de maatschappelijke begeleiding?',
    uitleg: 'Uw begeleiding stopt. Heeft u later hulp nodig? Neem dan zelf contact op met een van deze organisaties.',
    partners: {
      wijkteam: { naam: 'Wijkteam', waarvoor: 'Vragen over uw gezin, uw buurt en hulp thuis' },
      wmo: { naam: 'Wmo-loket van de gemeente', waarvoor: 'Hulp bij wonen, zorg en meedoen' },
      inkomen: { naam: 'Team inkomen van de gemeente', waarvoor: 'Uitkering en toeslagen' },
      schuldhulpverlening: { naam: 'Schuldhulpverlening', waarvoor: 'Schulden en geldzorgen' },
      ggz: { naam: 'Huisarts en GGZ', waarvoor: 'Als u zich somber of gestrest voelt' },
      jeugd: { naam: 'Jeugdhulp', waarvoor: 'Vragen over uw kinderen' },
      juridisch: { naam: 'Juridisch Loket', waarvoor: 'Gratis advies over regels en rechten' },
      'veilig-thuis': { naam: 'Veilig Thuis', waarvoor: 'Geweld of onveiligheid thuis (0800-2000, gratis)' },
    },
  },
  en: {
    titel: 'Where can you go after your social guidance?',
    uitleg: 'Your guidance is ending. Do you need help later? Please contact one of these organisations yourself.',
    partners: {
      wijkteam: {
        naam: 'Neighbourhood team',
        waarvoor: 'Questions about your family, your neighbourhood and help at home',
      },
      wmo: { naam: 'Municipal social support desk (Wmo)', waarvoor: 'Help with living, care and taking part' },
      inkomen: { naam: 'Municipal income team', waarvoor: 'Benefits and allowances' },
      schuldhulpverlening: { naam: 'Debt counselling', waarvoor: 'Debts and money worries' },
      ggz: { naam: 'GP and mental health care', waarvoor: 'If you feel low or stressed' },
      jeugd: { naam: 'Youth care', waarvoor: 'Questions about your children' },
      juridisch: { naam: 'Legal Services Counter (Juridisch Loket)', waarvoor: 'Free advice on rules and rights' },
      'veilig-thuis': { naam: 'Veilig Thuis', waarvoor: 'Violence or danger at home (0800-2000, free)' },
    },
  },
  ar: {
    titel: 'إلى أين يمكنك التوجه بعد انتهاء المرافقة الاجتماعية؟',
    uitleg: 'مرافقتك تنتهي. هل تحتاج إلى مساعدة لاحقًا؟ تواصل بنفسك مع إحدى هذه الجهات.',
    partners: {
      wijkteam: { naam: 'فريق الحي', waarvoor: 'أسئلة عن عائلتك وحيّك والمساعدة في المنزل' },
      wmo: { naam: 'مكتب الدعم الاجتماعي في البلدية (Wmo)', waarvoor: 'المساعدة في السكن والرعاية والمشاركة' },
      inkomen: { naam: 'فريق الدخل في البلدية', waarvoor: 'الإعانة والبدلات' },
      schuldhulpverlening: { naam: 'المساعدة في الديون', waarvoor: 'الديون والهموم المالية' },
      ggz: { naam: 'طبيب العائلة والرعاية النفسية', waarvoor: 'إذا شعرت بالحزن أو التوتر' },
      jeugd: { naam: 'رعاية الشباب', waarvoor: 'أسئلة عن أطفالك' },
      juridisch: { naam: 'المكتب القانوني (Juridisch Loket)', waarvoor: 'استشارة مجانية عن القواعد والحقوق' },
      'veilig-thuis': { naam: 'Veilig Thuis', waarvoor: 'العنف أو عدم الأمان في المنزل (0800-2000، مجانًا)' },
    },
  },
  ti: {
    titel: 'ድሕሪ ማሕበራዊ ምስናይ ናበይ ክትከዱ ትኽእሉ?',
    uitleg: 'ምስናይኩም ይውዳእ ኣሎ። ድሒርኩም ሓገዝ እንተ ኣድልዩኩም፡ ባዕልኹም ንሓደ ካብዞም ትካላት ተወከሱ።',
    partners: {
      wijkteam: { naam: 'ጉጅለ ከባቢ (Wijkteam)', waarvoor: 'ሕቶታት ብዛዕባ ስድራኹም፡ ከባቢኹምን ሓገዝ ኣብ ገዛን' },
      wmo: { naam: 'ቤት ጽሕፈት ማሕበራዊ ደገፍ ምምሕዳር ከተማ (Wmo)', waarvoor: 'ሓገዝ ብዛዕባ መንበሪ፡ ክንክንን ተሳትፎን' },
      inkomen: { naam: 'ጉጅለ እቶት ምምሕዳር ከተማ', waarvoor: 'ሓገዝ ገንዘብን ድጎማታትን' },
      schuldhulpverlening: { naam: 'ሓገዝ ዕዳ', waarvoor: 'ዕዳን ጭንቀት ገንዘብን' },
      ggz: { naam: 'ሓኪም ስድራን ክንክን ኣእምሮኣዊ ጥዕናን', waarvoor: 'ሓዘን ወይ ጭንቀት እንተ ተሰሚዑኩም' },
      jeugd: { naam: 'ሓገዝ መንእሰያት', waarvoor: 'ሕቶታት ብዛዕባ ቆልዑኹም' },
      juridisch: { naam: 'ሕጋዊ ቤት ጽሕፈት (Juridisch Loket)', waarvoor: 'ብናጻ ምኽሪ ብዛዕባ ሕግታትን መሰላትን' },
      'veilig-thuis': { naam: 'Veilig Thuis', waarvoor: 'ዓመጽ ወይ ዘይውሑስነት ኣብ ገዛ (0800-2000፡ ብናጻ)' },
    },
  },
  fa: {
    titel: 'پس از پایان همراهی اجتماعی به کجا می‌توانید مراجعه کنید؟',
    uitleg: 'همراهی شما به پایان می‌رسد. اگر بعداً به کمک نیاز داشتید، خودتان با یکی از این سازمان‌ها تماس بگیرید.',
    partners: {
      wijkteam: { naam: 'تیم محله', waarvoor: 'پرسش درباره خانواده، محله و کمک در خانه' },
      wmo: { naam: 'دفتر حمایت اجتماعی شهرداری (Wmo)', waarvoor: 'کمک در زمینه مسکن، مراقبت و مشارکت' },
      inkomen: { naam: 'تیم درآمد شهرداری', waarvoor: 'کمک‌هزینه و یارانه‌ها' },
      schuldhulpverlening: { naam: 'کمک برای بدهی', waarvoor: 'بدهی و نگرانی‌های مالی' },
      ggz: { naam: 'پزشک خانواده و مراقبت روانی', waarvoor: 'اگر احساس غم یا فشار روانی دارید' },
      jeugd: { naam: 'کمک به جوانان', waarvoor: 'پرسش درباره فرزندانتان' },
      juridisch: { naam: 'دفتر حقوقی (Juridisch Loket)', waarvoor: 'مشاوره رایگان درباره قوانین و حقوق' },
      'veilig-thuis': { naam: 'Veilig Thuis', waarvoor: 'خشونت یا ناامنی در خانه (0800-2000، رایگان)' },
    },
  },
};

const RTL: ReadonlySet<FormulierTaal> = new Set(['ar', 'fa']);

/**
 * Roermond's form (report 4.3: "In Roermond krijgen inburgeraars een formulier mee waarop de reguliere dienstverleners
 * staan vermeld; zij moeten zélf contact opnemen"): the services of the profile, in the inburgeraar's language.
 * 422 where the gemeente gives no such form.
 */
export function dienstverlenersformulier(
  profiel: Pick<Profiel, 'afronding' | 'naam'>,
  t: { inburgeraarId: string; gemeente: string },
  taal: FormulierTaal,
): DienstverlenersformulierResponse {
  const partners = profiel.afronding.dienstverlenersformulier;
  if (!partners) {
    throw new Regelfout(
      'regel',
      'geen-dienstverlenersformulier',
      `${profiel.naam} gives no form with the regular services at the afronding (report 4.3 names Roermond).`,
    );
  }
  const tekst = TEKSTEN[taal];
  return {
    inburgeraarId: t.inburgeraarId,
    gemeente: t.gemeente,
    taal,
    richting: RTL.has(taal) ? 'rtl' : 'ltr',
    titel: tekst.titel,
    uitleg: tekst.uitleg,
    dienstverleners: partners.map((partner) => ({ partner, ...tekst.partners[partner] })),
  };
}
