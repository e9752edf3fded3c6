/** Every sentence a person reads, in Swedish; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const sv: Messages = {
  'site.name': 'AI-träning och ditt innehåll',
  'site.skip': 'Hoppa till innehållet',
  'nav.label': 'Huvudmeny',
  'nav.notice': 'Om träningen',
  'nav.object': 'Invänd',
  'nav.consent': 'Samtycke',
  'nav.status': 'Mina invändningar',
  'nav.status.consent': 'Mina samtycken',
  'nav.data': 'Mina uppgifter',
  'nav.signin': 'Logga in',
  'nav.signout': 'Logga ut',
  'settings.title': 'Språk och tidszon',
  'settings.lang': 'Språk',
  'settings.zone': 'Tidszon',
  'settings.submit': 'Spara',
  'settings.shown': 'Tider visas i tidszonen {zone}.',
  'notice.title': 'Vi kommer att använda offentligt innehåll för att träna AI',
  'notice.title.opt_in': 'Får vi använda ditt offentliga innehåll för att träna AI?',
  'notice.lead':
    'Från och med {start} använder vi offentligt innehåll från användare som är {age} år eller äldre för att träna ' +
    'våra AI-modeller, med stöd av vårt berättigade intresse (artikel 6.1 f i dataskyddsförordningen). Du kan när ' +
    'som ' +
    'helst invända, utan att ange något skäl.',
  'notice.lead.nodeadline':
    'Vi använder offentligt innehåll från användare som är {age} år eller äldre för att träna våra AI-modeller, med ' +
    'stöd av vårt berättigade intresse (artikel 6.1 f i dataskyddsförordningen). Du kan när som helst invända, utan ' +
    'att ange något skäl.',
  'notice.lead.opt_in':
    'Vi skulle vilja använda offentligt innehåll från användare som är {age} år eller äldre för att träna våra ' +
    'AI-modeller. Vi använder det bara med ditt samtycke (artikel 6.1 a i dataskyddsförordningen). Du kan ge ditt ' +
    'samtycke här och när som helst återkalla det, lika enkelt som du gav det.',
  'notice.what': 'Vad vi använder',
  'notice.kinds': 'Följande typer av offentligt innehåll: {kinds}.',
  'notice.never.snapshot':
    'Aldrig innehåll som inte är offentligt, till exempel privata meddelanden, och aldrig innehåll från personer ' +
    'under {age} år.',
  'notice.never.publication':
    'Aldrig innehåll som inte är offentligt, till exempel privata meddelanden, och aldrig innehåll som du ' +
    'publicerade ' +
    'innan du fyllde {age} år.',
  'notice.deadline': 'Tidsfristen',
  'notice.deadline.text': 'Invändningar som kommer in före {deadline} håller allt ditt innehåll utanför träningen.',
  'notice.after.future_content_only':
    'Invändningar som kommer in senare håller bara det som du gör offentligt efter invändningen utanför träningen. ' +
    'Det som redan har använts i en modell kan inte tas tillbaka.',
  'notice.after.all_content':
    'Invändningar som kommer in senare håller allt ditt innehåll utanför alla träningsdataset som skapas efter ' +
    'invändningen. Det som redan har använts i en modell kan inte tas tillbaka.',
  'notice.nodeadline':
    'En invändning håller allt ditt innehåll utanför alla träningsdataset som skapas efter invändningen. Det som ' +
    'redan har använts i en modell kan inte tas tillbaka.',
  'notice.comingOfAge':
    'Om du fyller {age} år efter {deadline} håller även en invändning som du gör inom {days} dagar från födelsedagen ' +
    'allt ditt innehåll utanför träningen.',
  'notice.comingOfAge.own':
    'Du fyllde {age} år nyligen: en invändning som du gör före {until} håller allt ditt innehåll utanför träningen.',
  'notice.consent.effect':
    'Utan ditt samtycke används inget av ditt innehåll. Med ditt samtycke kan ditt offentliga innehåll användas i ' +
    'träningsdataset som skapas medan samtycket gäller. Det som redan har använts i en modell kan inte tas tillbaka.',
  'notice.cta': 'Invänd nu',
  'notice.cta.opt_in': 'Ge eller återkalla ditt samtycke',
  'scope.covers':
    'En invändning gäller alla konton med din e-postadress och alla konton som är länkade till dem i samma ' +
    'kontocenter.',
  'scope.covers.opt_in':
    'Ett samtycke gäller alla konton med din e-postadress och alla konton som är länkade till dem i samma kontocenter.',
  'scope.notcovered':
    'Konton med en annan e-postadress utanför dessa kontocenter omfattas inte, även om de är dina: de behöver en ' +
    'egen ' +
    'invändning.',
  'scope.notcovered.opt_in':
    'Konton med en annan e-postadress utanför dessa kontocenter omfattas inte, även om de är dina: de behöver ett ' +
    'eget samtycke.',
  'kind.name': 'ditt namn',
  'kind.username': 'användarnamn',
  'kind.profile_picture': 'profilbilder',
  'kind.avatar': 'avatarer',
  'kind.post': 'offentliga inlägg',
  'kind.comment': 'kommentarer',
  'kind.group_post': 'aktivitet i offentliga grupper',
  'kind.page_post': 'aktivitet på sidor',
  'kind.channel_post': 'aktivitet i kanaler',
  'kind.marketplace_review': 'omdömen på marknadsplatsen',
  'signin.title': 'Logga in',
  'signin.lead':
    'Ange e-postadressen till ditt konto. Vi skickar en länk som loggar in dig; den fungerar en gång och gäller i ' +
    '{minutes} minuter.',
  'signin.email': 'E-postadress',
  'signin.submit': 'Skicka en länk till mig',
  'signin.oidc': 'Logga in med {label}',
  'signin.sent.title': 'Titta i din inkorg',
  'signin.sent.text':
    'Om ett konto använder den här adressen är en inloggningslänk på väg. Den fungerar en gång och gäller i ' +
    '{minutes} ' +
    'minuter.',
  'signin.confirm.title': 'Logga in',
  'signin.confirm.text': 'Fortsätt för att logga in på den här enheten.',
  'signin.confirm.submit': 'Logga in',
  'signin.invalid': 'Länken har gått ut eller har redan använts. Be om en ny.',
  'object.title': 'Invänd mot användningen av ditt innehåll',
  'object.lead': 'Här kan du invända mot att ditt offentliga innehåll används för att träna AI.',
  'object.email': 'E-postadress till ditt konto',
  'object.reason': 'Skäl (frivilligt)',
  'object.reason.hint': 'Du behöver inte ange något skäl. Vi sparar det och visar det aldrig för någon annan.',
  'object.submit': 'Invänd',
  'object.done.title': 'Din invändning är registrerad',
  'object.done.received': 'Mottagen {when}. En bekräftelse är på väg till din inkorg.',
  'object.done.covers': 'Den gäller följande konton:',
  'object.done.timely': 'Den kom in före tidsfristen: inget av innehållet i dessa konton kommer att användas.',
  'object.done.late.future_content_only':
    'Den kom in efter tidsfristen: innehåll som du gör offentligt från och med nu kommer inte att användas. Det som ' +
    'redan har använts i en modell kan inte tas tillbaka.',
  'object.done.late.all_content':
    'Den kom in efter tidsfristen: inget av innehållet i dessa konton kommer att användas i träningsdataset som ' +
    'skapas från och med nu. Det som redan har använts i en modell kan inte tas tillbaka.',
  'consent.title': 'Samtyck till användningen av ditt innehåll',
  'consent.lead':
    'Här kan du samtycka till att ditt offentliga innehåll används för att träna AI. Det är upp till dig; ingenting ' +
    'ändras för dig om du inte samtycker.',
  'consent.submit': 'Jag samtycker',
  'consent.given': 'Du har gett ditt samtycke. Du kan återkalla det på sidan ”Mina samtycken”.',
  'consent.done.title': 'Ditt samtycke är registrerat',
  'consent.done.received': 'Mottaget {when}. En bekräftelse är på väg till din inkorg.',
  'consent.done.covers': 'Det gäller följande konton:',
  'consent.done.effect':
    'Ditt offentliga innehåll kan användas i träningsdataset som skapas från och med nu. Du kan när som helst ' +
    'återkalla ditt samtycke, lika enkelt som du gav det.',
  'status.title': 'Mina invändningar',
  'status.title.opt_in': 'Mina samtycken',
  'status.none': 'Du har inte gjort någon invändning.',
  'status.none.opt_in': 'Du har inte gett något samtycke.',
  'status.section': 'Invändning den {date}',
  'status.section.opt_in': 'Samtycke den {date}',
  'status.received': 'Inkom {when}',
  'status.withdrawn': 'Återkallades {when}',
  'status.covers': 'Gäller: {accounts}',
  'status.withdraw': 'Återkalla den här invändningen',
  'status.withdraw.opt_in': 'Återkalla det här samtycket',
  'status.accounts': 'Dina konton',
  'status.signoutEverywhere': 'Logga ut på alla enheter',
  'status.notYours':
    'Gjordes för {accounts}, ett konto i ditt kontocenter med en annan e-postadress. Dina konton omfattas också; ' +
    'bara ' +
    'innehavaren av ett konto som det gjordes för kan återkalla det.',
  'withdraw.title': 'Vill du återkalla din invändning?',
  'withdraw.title.opt_in': 'Vill du återkalla ditt samtycke?',
  'withdraw.effect':
    'Ditt offentliga innehåll kan användas i träningsdataset som skapas från och med nu. Dataset som redan har ' +
    'skapats förblir som de är.',
  'withdraw.effect.opt_in':
    'Inget av ditt innehåll kommer att användas i träningsdataset som skapas från och med nu. Dataset som redan har ' +
    'skapats förblir som de är: det som redan har använts i en modell kan inte tas tillbaka.',
  'withdraw.again.timely':
    'Om du invänder igen före {deadline} håller den nya invändningen fortfarande allt ditt innehåll utanför ' +
    'träningen. Därefter räknas den som sen.',
  'withdraw.again.late':
    'Om du invänder igen räknas den nya invändningen som sen, eftersom tidsfristen ({deadline}) har gått ut.',
  'withdraw.confirm': 'Ja, återkalla',
  'withdraw.cancel': 'Nej, behåll',
  'withdraw.done.title': 'Din invändning har återkallats',
  'withdraw.done.title.opt_in': 'Ditt samtycke har återkallats',
  'withdraw.done.text': 'Återkallades {when}. En bekräftelse är på väg till din inkorg.',
  'data.title': 'Mina uppgifter i träningen',
  'data.access': 'Ladda ned allt som finns registrerat om dig (JSON)',
  'data.none': 'Inget träningsdataset har skapats ännu.',
  'data.snapshot': 'Träningsdataset {id} per {at} ({policy})',
  'data.in': '{n} av dina objekt ingår',
  'data.out': '{n} ingår inte',
  'data.models': 'Modeller som tränats på det: {models}',
  'data.caption': 'Dina objekt i träningsdataset {id}',
  'data.col.item': 'Objekt',
  'data.col.status': 'Ingår i datasetet?',
  'data.col.proof': 'Bevis',
  'data.included': 'ingår',
  'data.proof': 'Bevis',
  'data.proof.about':
    'En bevisfil visar, utifrån träningsdatasetets publicerade fingeravtryck (dess Merkle-rot), att ett objekt ingår ' +
    'i datasetet eller att det inte gör det. Den innehåller din nyckel för datasetet. Utifrån den och objektets id ' +
    'räknas objektets nyckel fram på nytt, så alla som du ger filen till kan kontrollera den utan att behöva lita på ' +
    'oss.',
  'data.proof.of': 'Bevis för objekt {id}',
  'data.reason.published': 'ännu inte offentligt vid brytpunkten',
  'data.reason.visibility': 'inte offentligt',
  'data.reason.kind': 'inte en typ som används för träning',
  'data.reason.region': 'utanför träningens regioner',
  'data.reason.age': 'ålder okänd eller under minimiåldern',
  'data.reason.notice': 'ingen information i tid',
  'data.reason.consent': 'inget samtycke',
  'data.reason.objection': 'din invändning',
  'data.reason.excluded': 'undantaget på begäran av någon som syns i det',
  'request.link': 'Innehåll där du syns',
  'request.title': 'Håll innehåll där du syns utanför AI-träning',
  'request.lead':
    'Om ett offentligt inlägg, en kommentar eller ett foto från någon annan visar dig – ditt namn, din bild eller ' +
    'andra uppgifter om dig – kan du be oss att hålla det utanför AI-träning. Du behöver inget konto. Vi svarar inom ' +
    'en månad; om vi behöver längre tid berättar vi varför, och vi svarar senast inom ytterligare två månader.',
  'request.items': 'Vilket innehåll? En webbadress eller ett objekt-id per rad',
  'request.items.hint': 'Kopiera adressen från webbläsaren, eller objektets id från sidan ”Mina uppgifter”.',
  'request.description': 'Vad visar det om dig, och varför ska det hållas utanför?',
  'request.contact': 'Din e-postadress (frivilligt)',
  'request.contact.hint':
    'Bara för att berätta vad vi beslutar. Vi skickar först en länk så att du kan bekräfta att adressen är din.',
  'request.evidence': 'Annat som kan hjälpa oss (frivilligt)',
  'request.submit': 'Skicka begäran',
  'request.error.items':
    'Ange minst ett och högst 100 objekt: en webbadress på vår webbplats eller ett objekt-id, ett per rad.',
  'request.error.description': 'Beskriv vad innehållet visar om dig (högst 5 000 tecken).',
  'request.error.contact': 'Det här ser inte ut som en e-postadress.',
  'request.error.evidence': 'Det här är för långt (högst 20 000 tecken).',
  'request.done.title': 'Vi har tagit emot din begäran',
  'request.done.text': 'Din begäran har nummer {id}. Vi fattar beslut senast {due}.',
  'request.done.contact':
    'Vi har skickat en länk till adressen du angav. När du har öppnat den och bekräftat berättar vi vad vi beslutar.',
  'request.done.nocontact': 'Du angav ingen e-postadress, så vi kan inte berätta vad vi beslutar.',
  'request.confirm.title': 'Bekräfta din e-postadress',
  'request.confirm.text': 'Bekräfta att vi får skriva till den här adressen om din begäran {id}.',
  'request.confirm.submit': 'Bekräfta',
  'request.confirmed.title': 'Din adress är bekräftad',
  'request.confirmed.text': 'Vi skriver till dig när vi har fattat beslut om din begäran {id}.',
  'request.confirm.invalid': 'Länken är inte giltig. Kopiera hela länken från mejlet.',
  'error.title': 'Något är inte som det ska',
  'error.csrf': 'Formuläret har gått ut. Gå tillbaka, ladda om sidan och försök igen.',
  'error.rate': 'För många försök. Vänta en minut och försök igen.',
  'error.signin': 'Logga in först.',
  'error.notfound': 'Sidan finns inte.',
  'error.notyours': 'Bara innehavaren av ett konto som det gjordes för kan återkalla det.',
  'error.withdrawn': 'Det här har redan återkallats.',
  'error.internal': 'Något gick fel hos oss. Försök igen senare.',
  'mail.signin.subject': 'Din inloggningslänk',
  'mail.signin.body':
    'Hej!\n\nNågon (förhoppningsvis du) har bett om att få logga in. Länken fungerar en gång och gäller i {minutes} ' +
    'minuter:\n\n{link}\n\nOm det inte var du kan du bortse från det här mejlet.',
  'mail.confirmation.subject': 'Din invändning är registrerad',
  'mail.confirmation.subject.opt_in': 'Ditt samtycke är registrerat',
  'mail.confirmation.body':
    'Hej!\n\nVi tog emot din invändning {when} ({id}).\n\nDen gäller följande ' +
    'konton:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nDu kan se och återkalla dina invändningar på {url}.',
  'mail.confirmation.body.opt_in':
    'Hej!\n\nVi tog emot ditt samtycke {when} ({id}).\n\nDet gäller följande ' +
    'konton:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nDu kan se och återkalla dina samtycken på {url}.',
  'mail.withdrawal.subject': 'Din invändning har återkallats',
  'mail.withdrawal.subject.opt_in': 'Ditt samtycke har återkallats',
  'mail.withdrawal.body':
    'Hej!\n\nDin invändning {id} återkallades {when}.\n\n{effect}\n\nDu kan invända igen när som helst: {url}',
  'mail.withdrawal.body.opt_in':
    'Hej!\n\nDitt samtycke {id} återkallades {when}.\n\n{effect}\n\nDu kan ge ditt samtycke igen när som helst: {url}',
  'mail.notice.subject': 'Vi kommer att använda offentligt innehåll för att träna AI',
  'mail.notice.subject.opt_in': 'Får vi använda ditt offentliga innehåll för att träna AI?',
  'mail.notice.body':
    'Hej!\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nInvänd här: {url}\n\nDet här mejlet gäller ' +
    'följande konton: {accounts}',
  'mail.notice.body.opt_in':
    'Hej!\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nGe eller återkalla ditt samtycke här: {url}\n\nDet ' +
    'här mejlet gäller följande konton: {accounts}',
  'mail.footer.zone': 'Tiderna i det här mejlet anges i tidszonen {zone}.',
  'mail.case.confirm.subject': 'Bekräfta din e-postadress',
  'mail.case.confirm.body':
    'Hej!\n\nNågon (förhoppningsvis du) har bett oss att hålla innehåll utanför AI-träning och angett den här ' +
    'adressen för att få svar. Bekräfta den här:\n\n{link}\n\nOm det inte var du kan du bortse från det här mejlet: ' +
    'vi skriver inte igen.',
  'mail.case.received.subject': 'Vi har tagit emot din begäran {id}',
  'mail.case.received.body':
    'Hej!\n\nVi tog emot din begäran {id} {when}. Den gäller följande innehåll:\n{items}\n\nVi fattar beslut senast ' +
    '{due}.',
  'mail.case.extended.subject': 'Vi behöver mer tid för din begäran {id}',
  'mail.case.extended.body':
    'Hej!\n\nVi behöver mer tid för att fatta beslut om din begäran {id}, av följande skäl: {reason}\n\nVi fattar ' +
    'beslut senast {due}.',
  'mail.case.accepted.subject': 'Din begäran {id} har beviljats',
  'mail.case.accepted.body':
    'Hej!\n\nVi har beviljat din begäran {id}. Följande innehåll hålls utanför alla AI-träningsdataset som vi skapar ' +
    'från och med nu:\n{items}\n\nDet som redan har använts i en modell kan inte tas bort ur den.',
  'mail.case.rejected.subject': 'Din begäran {id} har avslagits',
  'mail.case.rejected.body':
    'Hej!\n\nVi har inte beviljat din begäran {id}, av följande skäl: {reason}\n\nDu kan klaga hos en ' +
    'dataskyddsmyndighet.',
  'console.name': 'Integritetskonsol',
  'console.nav.label': 'Konsol',
  'console.nav.overview': 'Översikt',
  'console.nav.cases': 'Ärenden',
  'console.nav.snapshots': 'Träningsdataset',
  'console.nav.models': 'Modeller',
  'console.nav.ledger': 'Logg',
  'console.member': 'Inloggad som {name}, {role}.',
  'console.role.viewer': 'läsare',
  'console.role.reviewer': 'granskare',
  'console.signin.title': 'Logga in i integritetskonsolen',
  'console.signin.lead':
    'För plattformens integritetsteam. Ange din jobbadress: om den är medlem i konsolen skickar vi en länk dit som ' +
    'loggar in dig. Länken fungerar en gång och gäller i {minutes} minuter.',
  'console.signin.sent':
    'Om den här adressen är medlem i konsolen är en inloggningslänk på väg. Den fungerar en gång och gäller i ' +
    '{minutes} minuter.',
  'console.signin.refused':
    'Kontot som du loggade in med är inte medlem i konsolen. Be ditt dataskyddsombud att lägga till dess adress.',
  'console.forbidden': 'Din roll tillåter inte detta. Det är granskare som fattar beslut i ärenden.',
  'console.overview.title': 'Översikt',
  'console.overview.policy':
    'Siffror enligt policyn {policy}. En invändning som kommer in från och med {deadline} räknas som sen. Dagar är ' +
    'dagar i UTC.',
  'console.overview.policy.nodeadline':
    'Siffror enligt policyn {policy}, som inte har någon tidsfrist: ingen invändning är sen. Dagar är dagar i UTC.',
  'console.overview.cases': 'Ärenden: {open} utan beslut, varav {overdue} försenade',
  'console.overview.asof': 'Siffrorna gäller per {when} och räknas om högst var {minutes}:e minut.',
  'console.figures.title': 'Invändningar, återkallelser och samtycken',
  'console.chart.title': 'Invändningar, sena invändningar, återkallelser och samtycken per dag',
  'console.chart.desc': 'En linje per serie, från {first} till {last}. Tabellen nedan visar alla siffror.',
  'console.chart.empty': 'Inget har kommit in ännu.',
  'console.series.objections': 'Invändningar',
  'console.series.late': 'Sena invändningar',
  'console.series.withdrawals': 'Återkallelser',
  'console.series.consents': 'Samtycken',
  'console.table.day': 'Dag',
  'console.table.perday': 'Varje dag i siffror',
  'console.totals.caption': 'Totalt',
  'console.bychannel.caption': 'Per kanal',
  'console.bynetwork.caption': 'Per nätverk för de berörda kontona (en gång per nätverk)',
  'console.type.objection': 'Invändningar',
  'console.type.consent': 'Samtycken',
  'console.col.type': 'Slag',
  'console.col.filed': 'Inkomna',
  'console.col.withdrawn': 'Återkallade',
  'console.col.channel': 'Kanal',
  'console.col.network': 'Nätverk',
  'console.col.policy': 'Policy',
  'console.col.lang': 'Språk',
  'console.col.queued': 'Köade',
  'console.col.accepted': 'Accepterade av e-postservern',
  'console.col.failing': 'Med fel',
  'console.col.pending': 'Väntande',
  'console.col.accounts': 'Konton',
  'console.col.kind': 'Typ',
  'console.col.unsent': 'Oskickade',
  'console.col.oldest': 'Äldsta oskickade',
  'console.col.case': 'Ärende',
  'console.col.status': 'Status',
  'console.col.due': 'Sista dag',
  'console.col.received': 'Inkom',
  'console.col.items': 'Objekt',
  'console.col.reason': 'Skäl',
  'console.col.count': 'Objekt',
  'console.col.in': 'Ingår',
  'console.col.out': 'Ingår inte',
  'console.col.model': 'Modell',
  'console.col.registered': 'Registrerad',
  'console.col.snapshots': 'Träningsdataset',
  'console.col.seq': 'Position',
  'console.col.event': 'Händelse',
  'console.col.recorded': 'Loggad',
  'console.notices.title': 'Informationens räckvidd',
  'console.notices.never':
    '{never} av {adults} konton som har uppnått minimiåldern saknar information som gäller för {policy}.',
  'console.notices.mails.caption': 'Informationsmejl per policyversion och språk',
  'console.notices.proofs.caption': 'Konton med bevis på information, per policyversion och språk',
  'console.notices.mails.empty': 'Inga informationsmejl har köats: kommandot veto notice send köar och skickar dem.',
  'console.notices.proofs.empty': 'Ingen information har nått något konto ännu.',
  'console.notices.unversioned': 'utan version (gäller för alla policyer)',
  'console.outbox.title': 'Utkorg',
  'console.outbox.caption': 'Mejl som e-postservern inte har accepterat ännu, per typ',
  'console.outbox.empty': 'E-postservern har accepterat alla mejl.',
  'console.cases.title': 'Ärenden',
  'console.cases.lead':
    'Begäranden från tredje part: först de utan beslut, med de försenade överst, sedan efter sista dag.',
  'console.cases.empty': 'Ingen begäran har kommit in ännu.',
  'console.status.open': 'öppet',
  'console.status.extended': 'förlängt',
  'console.status.accepted': 'beviljat',
  'console.status.rejected': 'avslaget',
  'console.status.overdue': 'försenat',
  'console.case.title': 'Ärende {id}',
  'console.case.received': 'Inkom {when} via {channel}; sista dag {due}.',
  'console.case.description': 'Vad den sökande uppger',
  'console.case.evidence': 'Underlag',
  'console.case.contact': 'Kontakt',
  'console.case.contact.none': 'Ingen angiven: den sökande kan inte underrättas.',
  'console.case.contact.unconfirmed': '(inte bekräftad: inget skickas dit ännu)',
  'console.case.contact.confirmed': '(bekräftad)',
  'console.case.hidden': 'Texterna i begäran och kontaktuppgiften är personuppgifter: bara granskare ser dem.',
  'console.case.erased':
    'Texterna i begäran och kontaktadressen, om en sådan angavs, raderades {when}, efter att den tid som anges i ' +
    'requests.keep_texts_days hade förflutit sedan beslutet.',
  'console.case.steps': 'Steg',
  'console.case.step.extended': 'Förlängt av {reviewer} {when}, ny sista dag {due}. Skäl: {reason}',
  'console.case.step.accepted': 'Beviljat av {reviewer} {when}, för {count} objekt.',
  'console.case.step.rejected': 'Avslaget av {reviewer} {when}. Skäl: {reason}',
  'console.case.decided': 'Det här ärendet är avgjort.',
  'console.case.viewer': 'Bara granskare fattar beslut i ärenden.',
  'console.case.decide': 'Besluta',
  'console.case.accept': 'Bevilja',
  'console.case.accept.items': 'Objekt som ska hållas utanför träningen',
  'console.case.accept.lead': 'De markerade objekten hålls utanför alla träningsdataset som skapas från och med nu.',
  'console.case.reject': 'Avslå',
  'console.case.reject.reason': 'Varför begäran avslås (den sökande läser detta)',
  'console.case.extend': 'Förläng med två månader',
  'console.case.extend.reason': 'Varför mer tid behövs (den sökande läser detta)',
  'console.case.done.extended': 'Ärende {id} har förlängts; ny sista dag är {due}.',
  'console.case.done.accepted':
    'Ärende {id} har beviljats: dess objekt hålls utanför alla träningsdataset som skapas från och med nu.',
  'console.case.done.rejected': 'Ärende {id} har avslagits.',
  'console.case.noitems': 'Markera minst ett objekt för att bevilja ärendet, eller avslå det.',
  'console.snapshots.title': 'Träningsdataset',
  'console.snapshots.empty': 'Inget träningsdataset har förseglats ännu.',
  'console.snapshot.summary':
    '{included} av {considered} objekt ingår, enligt policyn {policy}; innehåll per {at}; förseglat {sealed}.',
  'console.snapshot.root': 'Merkle-rot',
  'console.snapshot.models': 'Modeller som tränats på det: {models}',
  'console.snapshot.nomodels': 'Ingen modell är registrerad som tränad på det.',
  'console.snapshot.unreadable':
    'Dess mapp kan inte läsas här, så dess siffror visas inte; ”Verifiera” visar vad som är fel.',
  'console.snapshot.out.caption': 'Objekt som inte ingår, per skäl',
  'console.snapshot.kind.caption': 'Objekt per typ',
  'console.snapshot.lang.caption': 'Objekt per språk',
  'console.snapshot.verify': 'Verifiera',
  'console.snapshot.verify.title': 'Träningsdataset {id} har kontrollerats',
  'console.snapshot.verified.ok':
    'Träningsdataset {id} är som när det förseglades: filerna, manifestet och Merkle-roten stämmer.',
  'console.snapshot.verified.bad': 'Träningsdataset {id} är inte som när det förseglades: {count} problem.',
  'console.models.title': 'Modeller',
  'console.models.empty': 'Ingen modell har registrerats ännu.',
  'console.ledger.title': 'Logg',
  'console.ledger.size': 'Antal poster i loggen: {size}.',
  'console.ledger.checkpoint': 'Den senaste signerade kontrollpunkten omfattar {size} poster; den signerades {when}.',
  'console.ledger.nocheckpoint':
    'Ingen kontrollpunkt har signerats ännu: kommandot veto ledger checkpoint signerar en.',
  'console.ledger.root': 'Rot',
  'console.ledger.note': 'Signerad anteckning',
  'console.ledger.recent': 'Senaste posterna',
  'console.records.title': 'Registreringar för dataskyddsmyndigheter',
  'console.records.lead':
    'Varje invändning, samtycke, återkallelse, levererad information och steg i ett ärende, en registrering per post ' +
    'i loggen, var och en kontrollerbar mot en kontrollpunkt som signerats för nedladdningen. Kontonas id och ' +
    'granskarnas namn, inga adresser eller texter.',
  'console.records.format': 'Format',
  'console.records.download': 'Ladda ned registreringarna',
}
