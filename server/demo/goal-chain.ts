/**
 * Exempelkommun's goal chain, as a strateg would recognise it: KF's kommunövergripande mål 2027–2030,
 * the måldokument of Barn- och bildningsnämnden and Socialnämnden linked to them, one förvaltning's
 * goals under its nämnd, and each nämnd's uppföljning at the Delårsrapport 2027. Written for Samsyn.
 */

/** A figure for the whole group, and for kvinnor and män when the indicator is könsuppdelad. */
export interface DemoFigure {
  total: number;
  women?: number;
  men?: number;
}

interface DemoIndicator {
  name: string;
  unit: string;
  method: string;
  source: string;
  baseline: { year: number } & DemoFigure;
  targets: Record<number, DemoFigure>;
  genderSplit: boolean;
  /** The outcome (utfall) at the Delårsrapport 2027, when the nämnd's uppföljning reports one. */
  outcome?: DemoFigure & { note?: string };
}

export interface DemoGoal {
  key: string;
  title: string;
  level: string;
  viljeinriktning: string[];
  agenda2030: number[];
  periodFrom: number;
  periodTo: number;
  responsibleBody: string;
  parent?: string;
  indicators: DemoIndicator[];
  /** How the nämnd assesses the goal at the Delårsrapport 2027 (a helårsprognos), and why. */
  assessment?: { value: 'helt' | 'delvis' | 'ej'; analysis: string[]; actions: string[] };
}

export interface DemoGoalDocument {
  title: string;
  body: string;
  /** When the document was started (before the drafts of the demo, which come first in the lists). */
  createdAt: string;
  decision: { body: string; date: string; paragraph: string; diarienummer: string };
  goals: DemoGoal[];
  /** The nämnd's uppföljning at the Delårsrapport 2027; fastställd when it has a decision. */
  followUp?: { decision?: { body: string; date: string; paragraph: string; diarienummer: string } };
}

const percent = '%';

export const DEMO_GOAL_CHAIN: DemoGoalDocument[] = [
  {
    title: 'Kommunövergripande mål 2027–2030',
    body: 'kf',
    createdAt: '2026-09-01T08:00:00Z',
    decision: { body: 'Kommunfullmäktige', date: '2026-11-23', paragraph: '§ 142', diarienummer: 'KS 2026/311' },
    goals: [
      {
        key: 'kf-skola',
        title: 'Barn och unga får en bra start i livet och lyckas i skolan',
        level: 'kf',
        viljeinriktning: [
          'Alla barn och unga i Exempelkommun ska ha samma möjlighet att utvecklas, oavsett var de bor och vilken bakgrund de har.',
          'Förskola, skola, socialtjänst och fritid arbetar tillsammans så att fler går ut grundskolan med godkända betyg och vill fortsätta studera.',
        ],
        agenda2030: [4, 10],
        periodFrom: 2027,
        periodTo: 2030,
        responsibleBody: 'ks',
        indicators: [
          {
            name: 'Elever i årskurs 9 som är behöriga till ett yrkesprogram',
            unit: percent,
            method: 'Andel av eleverna i kommunens skolor, vårterminen',
            source: 'Skolverket (Kolada N15428)',
            baseline: { year: 2025, total: 82.4, women: 85.1, men: 79.9 },
            targets: { 2027: { total: 84, women: 86, men: 82 }, 2028: { total: 85, women: 86.5, men: 83.5 }, 2029: { total: 86, women: 87, men: 85 }, 2030: { total: 88, women: 88, men: 88 } },
            genderSplit: true,
          },
        ],
      },
      {
        key: 'kf-omsorg',
        title: 'Äldre och personer med funktionsnedsättning lever ett självständigt och tryggt liv',
        level: 'kf',
        viljeinriktning: [
          'Den som behöver stöd ska kunna leva ett så självständigt liv som möjligt, med inflytande över sin vardag.',
          'Omsorgen ska vara trygg och hålla god kvalitet, med få olika personer runt den enskilde.',
        ],
        agenda2030: [3, 10],
        periodFrom: 2027,
        periodTo: 2030,
        responsibleBody: 'ks',
        indicators: [
          {
            name: 'Brukare i hemtjänsten som är nöjda med sin hemtjänst',
            unit: percent,
            method: 'Andel som svarat mycket eller ganska nöjd',
            source: 'Socialstyrelsens brukarundersökning',
            baseline: { year: 2025, total: 86, women: 87, men: 84 },
            targets: { 2027: { total: 87 }, 2028: { total: 88 }, 2029: { total: 89 }, 2030: { total: 90 } },
            genderSplit: true,
          },
        ],
      },
      {
        key: 'kf-arbete',
        title: 'Fler i egen försörjning och ett starkt näringsliv',
        level: 'kf',
        viljeinriktning: ['Fler invånare ska ha ett arbete att gå till, och det ska vara enkelt att starta och driva företag i kommunen.'],
        agenda2030: [8],
        periodFrom: 2027,
        periodTo: 2030,
        responsibleBody: 'ks',
        indicators: [
          {
            name: 'Invånare 20–64 år som förvärvsarbetar',
            unit: percent,
            method: 'Andel av befolkningen 20–64 år, november',
            source: 'SCB (Kolada N00914)',
            baseline: { year: 2024, total: 79.8, women: 78.1, men: 81.4 },
            targets: { 2027: { total: 80.5 }, 2028: { total: 81 }, 2029: { total: 81.5 }, 2030: { total: 82 } },
            genderSplit: true,
          },
          {
            name: 'Nystartade företag',
            unit: 'per 1 000 inv.',
            method: 'Antal nystartade företag per 1 000 invånare 16–64 år',
            source: 'Tillväxtanalys',
            baseline: { year: 2025, total: 4.1 },
            targets: { 2027: { total: 4.4 }, 2030: { total: 5 } },
            genderSplit: false,
          },
        ],
      },
      {
        key: 'kf-klimat',
        title: 'En hållbar kommun med minskad klimatpåverkan',
        level: 'kf',
        viljeinriktning: ['Exempelkommun minskar sina utsläpp i takt med de nationella klimatmålen och gör det lätt för invånarna att leva hållbart.'],
        agenda2030: [7, 11, 13],
        periodFrom: 2027,
        periodTo: 2030,
        responsibleBody: 'ks',
        indicators: [
          {
            name: 'Utsläpp av växthusgaser inom kommunens gränser',
            unit: 'ton CO₂e/inv.',
            method: 'Territoriella utsläpp per invånare',
            source: 'Nationella emissionsdatabasen',
            baseline: { year: 2023, total: 3.9 },
            targets: { 2027: { total: 3.4 }, 2030: { total: 2.8 } },
            genderSplit: false,
          },
        ],
      },
      {
        key: 'kf-trygghet',
        title: 'Trygghet och delaktighet i hela kommunen',
        level: 'kf',
        viljeinriktning: ['Alla ska kunna känna sig trygga där de bor och ha möjlighet att påverka det som rör dem, i tätort som på landsbygd.'],
        agenda2030: [11, 16],
        periodFrom: 2027,
        periodTo: 2030,
        responsibleBody: 'ks',
        indicators: [
          {
            name: 'Invånare som känner sig trygga utomhus en kväll i sitt bostadsområde',
            unit: percent,
            method: 'Andel som svarat mycket eller ganska trygg',
            source: 'Polisens trygghetsmätning',
            baseline: { year: 2025, total: 68, women: 59, men: 77 },
            targets: { 2027: { total: 70, women: 62, men: 78 }, 2030: { total: 75, women: 70, men: 80 } },
            genderSplit: true,
          },
        ],
      },
    ],
  },
  {
    title: 'Barn- och bildningsnämndens mål 2027–2030',
    body: 'bun',
    createdAt: '2026-10-05T08:00:00Z',
    decision: { body: 'Barn- och bildningsnämnden', date: '2026-12-10', paragraph: '§ 98', diarienummer: 'BUN 2026/204' },
    followUp: {},
    goals: [
      {
        key: 'bun-kunskap',
        title: 'Fler elever når kunskapskraven i alla ämnen',
        level: 'namnd',
        viljeinriktning: ['Undervisningen anpassas efter varje elevs behov, och skolorna lär av varandra där resultaten är bäst.'],
        agenda2030: [4],
        periodFrom: 2027,
        periodTo: 2030,
        responsibleBody: 'bun',
        parent: 'kf-skola',
        indicators: [
          {
            name: 'Elever i årskurs 9 som uppnått kunskapskraven i alla ämnen',
            unit: percent,
            method: 'Andel av eleverna i kommunens skolor, vårterminen',
            source: 'Skolverket (Kolada N15419)',
            baseline: { year: 2025, total: 74.2, women: 77, men: 71.5 },
            targets: { 2027: { total: 76, women: 78, men: 74 }, 2028: { total: 77 }, 2029: { total: 78 }, 2030: { total: 80, women: 80, men: 80 } },
            genderSplit: true,
            outcome: { total: 75.1, women: 78.3, men: 72, note: 'Vårterminen 2027' },
          },
        ],
        assessment: {
          value: 'delvis',
          analysis: [
            'Resultaten har förbättrats på sex av åtta skolor, men pojkarnas resultat i matematik och svenska som andraspråk släpar efter.',
            'Två skolor har haft många obehöriga lärare under våren, vilket syns i betygen.',
          ],
          actions: ['Ämneslag i matematik startar på alla högstadieskolor i höst.', 'Rektorerna för de två skolorna får stöd i rekryteringen av behöriga lärare.'],
        },
      },
      {
        key: 'bun-tidigt',
        title: 'Tidiga insatser för barn som behöver stöd',
        level: 'namnd',
        viljeinriktning: ['Barn som behöver stöd ska få det tidigt, redan i förskolan och de första skolåren.'],
        agenda2030: [4, 10],
        periodFrom: 2027,
        periodTo: 2030,
        responsibleBody: 'bun',
        parent: 'kf-skola',
        indicators: [
          {
            name: 'Elever i årskurs 3 som klarat de nationella proven i svenska',
            unit: percent,
            method: 'Andel av eleverna som deltagit i alla delprov',
            source: 'Skolverket',
            baseline: { year: 2025, total: 81 },
            targets: { 2027: { total: 83 }, 2028: { total: 85 }, 2029: { total: 86 }, 2030: { total: 88 } },
            genderSplit: false,
            outcome: { total: 84.5 },
          },
        ],
        assessment: {
          value: 'helt',
          analysis: ['Den gemensamma läsmodellen i årskurs 1–3 har gett resultat snabbare än väntat.'],
          actions: ['Modellen sprids till förskoleklass under hösten.'],
        },
      },
      {
        key: 'bun-trygg',
        title: 'En trygg skolmiljö där alla elever känner sig sedda',
        level: 'namnd',
        viljeinriktning: ['Skolan ska vara en plats där ingen blir kränkt och där varje elev har en vuxen att vända sig till.'],
        agenda2030: [4, 16],
        periodFrom: 2027,
        periodTo: 2030,
        responsibleBody: 'bun',
        parent: 'kf-trygghet',
        indicators: [
          {
            name: 'Elever i årskurs 8 som känner sig trygga i skolan',
            unit: percent,
            method: 'Andel som instämmer helt eller till stor del',
            source: 'Skolenkäten',
            baseline: { year: 2025, total: 83, women: 81, men: 85 },
            targets: { 2027: { total: 85 }, 2030: { total: 90 } },
            genderSplit: true,
            outcome: { total: 84, women: 81.5, men: 86.4 },
          },
        ],
        assessment: {
          value: 'delvis',
          analysis: ['Tryggheten har ökat bland pojkarna men inte bland flickorna, där otryggheten främst gäller sociala medier.'],
          actions: ['Elevhälsan genomför samtalsgrupper om nätkränkningar i årskurs 7 och 8.'],
        },
      },
    ],
  },
  {
    title: 'Socialnämndens mål 2027–2030',
    body: 'sn',
    createdAt: '2026-10-06T08:00:00Z',
    decision: { body: 'Socialnämnden', date: '2026-12-15', paragraph: '§ 121', diarienummer: 'SN 2026/187' },
    followUp: { decision: { body: 'Socialnämnden', date: '2027-09-21', paragraph: '§ 77', diarienummer: 'SN 2027/142' } },
    goals: [
      {
        key: 'sn-hemtjanst',
        title: 'Äldre kan bo kvar hemma med god kontinuitet i hemtjänsten',
        level: 'namnd',
        viljeinriktning: ['Den som har hemtjänst ska möta få och kända personer, och veta vem som kommer.'],
        agenda2030: [3],
        periodFrom: 2027,
        periodTo: 2030,
        responsibleBody: 'sn',
        parent: 'kf-omsorg',
        indicators: [
          {
            name: 'Personal som en brukare med hemtjänst möter under 14 dagar',
            unit: 'personer',
            method: 'Medianvärde för brukare med minst två besök per dag',
            source: 'Kolada (U21401)',
            baseline: { year: 2025, total: 15 },
            targets: { 2027: { total: 14 }, 2028: { total: 13 }, 2030: { total: 12 } },
            genderSplit: false,
            outcome: { total: 13, note: 'Mätning i mars 2027' },
          },
        ],
        assessment: {
          value: 'helt',
          analysis: ['De nya arbetslagen med fasta områden har minskat antalet personer kring varje brukare.'],
          actions: ['Arbetssättet införs i nattpatrullen från januari.'],
        },
      },
      {
        key: 'sn-forsorjning',
        title: 'Fler med ekonomiskt bistånd går vidare till arbete eller studier',
        level: 'namnd',
        viljeinriktning: ['Ekonomiskt bistånd ska vara en väg till egen försörjning, med stöd som börjar från första dagen.'],
        agenda2030: [1, 8],
        periodFrom: 2027,
        periodTo: 2030,
        responsibleBody: 'sn',
        parent: 'kf-arbete',
        indicators: [
          {
            name: 'Avslutade ärenden med ekonomiskt bistånd som gått till arbete eller studier',
            unit: percent,
            method: 'Andel av avslutade ärenden under perioden',
            source: 'Verksamhetssystemet',
            baseline: { year: 2025, total: 38, women: 36, men: 40 },
            targets: { 2027: { total: 40 }, 2030: { total: 45 } },
            genderSplit: true,
            outcome: { total: 36.5, women: 33, men: 39.8 },
          },
        ],
        assessment: {
          value: 'delvis',
          analysis: ['Arbetsmarknaden har försvagats under våren och färre har fått arbete än väntat, särskilt kvinnor som är nya i Sverige.'],
          actions: ['Samarbetet med Arbetsförmedlingen om språkstöd på arbetsplatsen utökas.'],
        },
      },
      {
        key: 'sn-barn',
        title: 'Barn och unga i utsatta situationer får rätt stöd i tid',
        level: 'namnd',
        viljeinriktning: ['Utredningar om barn ska bli klara i tid, och barnets egen röst ska höras i varje utredning.'],
        agenda2030: [16],
        periodFrom: 2027,
        periodTo: 2030,
        responsibleBody: 'sn',
        parent: 'kf-skola',
        indicators: [
          {
            name: 'Utredningar om barn och unga som avslutas inom 120 dagar',
            unit: percent,
            method: 'Andel av avslutade utredningar',
            source: 'Verksamhetssystemet',
            baseline: { year: 2025, total: 71 },
            targets: { 2027: { total: 80 }, 2030: { total: 90 } },
            genderSplit: false,
            outcome: { total: 78 },
          },
        ],
        assessment: {
          value: 'delvis',
          analysis: ['Handläggningstiderna har kortats sedan två tjänster tillsattes i mars, men målet för helåret nås troligen inte.'],
          actions: ['Uppföljning av varje utredning som passerat 90 dagar varannan vecka.'],
        },
      },
    ],
  },
  {
    title: 'Barn- och bildningsförvaltningens mål 2027',
    body: 'bbf',
    createdAt: '2026-11-28T08:00:00Z',
    decision: { body: 'Barn- och bildningsförvaltningens ledningsgrupp', date: '2027-01-20', paragraph: '§ 3', diarienummer: 'BUN 2027/12' },
    goals: [
      {
        key: 'bbf-las',
        title: 'Alla skolor arbetar med en gemensam modell för tidig läsinlärning',
        level: 'forvaltning',
        viljeinriktning: ['Lärarna i årskurs 1–3 kartlägger läsningen på samma sätt och sätter in stöd direkt.'],
        agenda2030: [4],
        periodFrom: 2027,
        periodTo: 2027,
        responsibleBody: 'bbf',
        parent: 'bun-tidigt',
        indicators: [
          {
            name: 'Skolor som använder det gemensamma kartläggningsmaterialet i årskurs 1',
            unit: percent,
            method: 'Andel av kommunens grundskolor med årskurs 1',
            source: 'Förvaltningens egen uppföljning',
            baseline: { year: 2026, total: 40 },
            targets: { 2027: { total: 100 } },
            genderSplit: false,
          },
        ],
      },
      {
        key: 'bbf-elevhalsa',
        title: 'Elevhälsan når fler elever förebyggande',
        level: 'forvaltning',
        viljeinriktning: ['Elevhälsan möter varje elev i årskurs 7 i ett hälsosamtal och fångar upp otrygghet tidigt.'],
        agenda2030: [3, 4],
        periodFrom: 2027,
        periodTo: 2027,
        responsibleBody: 'bbf',
        parent: 'bun-trygg',
        indicators: [
          {
            name: 'Genomförda hälsosamtal i årskurs 7',
            unit: 'samtal',
            method: 'Antal under läsåret',
            source: 'Elevhälsans journalsystem',
            baseline: { year: 2026, total: 620 },
            targets: { 2027: { total: 700 } },
            genderSplit: false,
          },
        ],
      },
    ],
  },
];
