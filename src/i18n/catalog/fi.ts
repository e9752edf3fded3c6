/** Every sentence a person reads, in Finnish; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const fi: Messages = {
  'site.name': 'Tekoälyn koulutus ja sisältönne',
  'site.skip': 'Siirry sisältöön',
  'nav.label': 'Päävalikko',
  'nav.notice': 'Tietoa koulutuksesta',
  'nav.object': 'Vastusta',
  'nav.consent': 'Suostumus',
  'nav.status': 'Omat vastustukset',
  'nav.status.consent': 'Omat suostumukset',
  'nav.data': 'Omat tiedot',
  'nav.signin': 'Kirjaudu sisään',
  'nav.signout': 'Kirjaudu ulos',
  'settings.title': 'Kieli ja aikavyöhyke',
  'settings.lang': 'Kieli',
  'settings.zone': 'Aikavyöhyke',
  'settings.submit': 'Tallenna',
  'settings.shown': 'Ajat näytetään aikavyöhykkeellä {zone}.',
  'notice.title': 'Käytämme julkista sisältöä tekoälyn kouluttamiseen',
  'notice.title.opt_in': 'Saammeko käyttää julkista sisältöänne tekoälyn kouluttamiseen?',
  'notice.lead':
    'Alkaen {start} käytämme vähintään {age}-vuotiaiden käyttäjien julkista sisältöä tekoälymalliemme kouluttamiseen ' +
    'oikeutetun etumme perusteella (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta). Voitte vastustaa tätä ' +
    'milloin tahansa ilmoittamatta syytä.',
  'notice.lead.nodeadline':
    'Käytämme vähintään {age}-vuotiaiden käyttäjien julkista sisältöä tekoälymalliemme kouluttamiseen oikeutetun ' +
    'etumme perusteella (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta). Voitte vastustaa tätä milloin tahansa ' +
    'ilmoittamatta syytä.',
  'notice.lead.opt_in':
    'Haluaisimme käyttää vähintään {age}-vuotiaiden käyttäjien julkista sisältöä tekoälymalliemme kouluttamiseen. ' +
    'Käytämme sitä vain suostumuksellanne (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta). Voitte antaa ' +
    'suostumuksenne täällä ja peruuttaa sen milloin tahansa yhtä helposti kuin annoitte sen.',
  'notice.what': 'Mitä käytämme',
  'notice.kinds': 'Seuraavat julkisen sisällön lajit: {kinds}.',
  'notice.never.snapshot':
    'Emme koskaan käytä sisältöä, joka ei ole julkista, kuten yksityisviestejä, emmekä koskaan alle {age}-vuotiaiden ' +
    'henkilöiden sisältöä.',
  'notice.never.publication':
    'Emme koskaan käytä sisältöä, joka ei ole julkista, kuten yksityisviestejä, emmekä koskaan sisältöä, jonka ' +
    'olette ' +
    'julkaissut ennen kuin täytitte {age} vuotta.',
  'notice.deadline': 'Määräaika',
  'notice.deadline.text':
    'Jos vastustus vastaanotetaan ennen ajankohtaa {deadline}, mitään sisältöänne ei käytetä koulutuksessa.',
  'notice.after.future_content_only':
    'Jos vastustus vastaanotetaan tämän jälkeen, koulutuksen ulkopuolelle jää vain se, minkä teette julkiseksi ' +
    'vastustuksen jälkeen. Mallin koulutukseen jo käytettyä sisältöä ei voi ottaa takaisin.',
  'notice.after.all_content':
    'Jos vastustus vastaanotetaan tämän jälkeen, mitään sisältöänne ei käytetä koulutusaineistoissa, jotka ' +
    'muodostetaan vastustuksen jälkeen. Mallin koulutukseen jo käytettyä sisältöä ei voi ottaa takaisin.',
  'notice.nodeadline':
    'Vastustuksen jälkeen muodostettavissa koulutusaineistoissa ei käytetä mitään sisältöänne. Mallin koulutukseen ' +
    'jo ' +
    'käytettyä sisältöä ei voi ottaa takaisin.',
  'notice.comingOfAge':
    'Jos täytätte {age} vuotta ajankohdan {deadline} jälkeen, myös vastustus, jonka teette {days} päivän kuluessa ' +
    'täyttämisestä, pitää kaiken sisältönne poissa koulutuksesta.',
  'notice.comingOfAge.own':
    'Täytitte {age} vuotta vasta äskettäin: jos teette vastustuksen ennen ajankohtaa {until}, kaikki sisältönne ' +
    'pysyy ' +
    'poissa koulutuksesta.',
  'notice.consent.effect':
    'Ilman suostumustanne mitään sisältöänne ei käytetä. Jos annatte suostumuksen, julkista sisältöänne voidaan ' +
    'käyttää koulutusaineistoissa, jotka muodostetaan suostumuksenne ollessa voimassa. Mallin koulutukseen jo ' +
    'käytettyä sisältöä ei voi ottaa takaisin.',
  'notice.cta': 'Vastusta nyt',
  'notice.cta.opt_in': 'Anna tai peruuta suostumus',
  'scope.covers':
    'Vastustus koskee kaikkia tilejä, joissa on sähköpostiosoitteenne, sekä kaikkia tilejä, jotka on liitetty niihin ' +
    'samassa tilikeskuksessa.',
  'scope.covers.opt_in':
    'Suostumus koskee kaikkia tilejä, joissa on sähköpostiosoitteenne, sekä kaikkia tilejä, jotka on liitetty niihin ' +
    'samassa tilikeskuksessa.',
  'scope.notcovered':
    'Vastustus ei koske tilejä, joissa on toinen sähköpostiosoite ja jotka ovat näiden tilikeskusten ulkopuolella, ' +
    'vaikka ne olisivat teidän: niitä varten tarvitaan oma vastustus.',
  'scope.notcovered.opt_in':
    'Suostumus ei koske tilejä, joissa on toinen sähköpostiosoite ja jotka ovat näiden tilikeskusten ulkopuolella, ' +
    'vaikka ne olisivat teidän: niitä varten tarvitaan oma suostumus.',
  'kind.name': 'nimenne',
  'kind.username': 'käyttäjänimet',
  'kind.profile_picture': 'profiilikuvat',
  'kind.avatar': 'avatarit',
  'kind.post': 'julkiset julkaisut',
  'kind.comment': 'kommentit',
  'kind.group_post': 'toiminta julkisissa ryhmissä',
  'kind.page_post': 'toiminta sivuilla',
  'kind.channel_post': 'toiminta kanavilla',
  'kind.marketplace_review': 'kauppapaikan arvostelut',
  'signin.title': 'Kirjaudu sisään',
  'signin.lead':
    'Antakaa tilinne sähköpostiosoite. Lähetämme teille linkin, jolla kirjaudutte sisään; se toimii kerran ja on ' +
    'voimassa {minutes} minuuttia.',
  'signin.email': 'Sähköpostiosoite',
  'signin.submit': 'Lähetä minulle linkki',
  'signin.oidc': 'Kirjaudu sisään palvelun {label} kautta',
  'signin.sent.title': 'Tarkistakaa sähköpostinne',
  'signin.sent.text':
    'Jos jokin tili käyttää tätä osoitetta, kirjautumislinkki on matkalla. Se toimii kerran ja on voimassa {minutes} ' +
    'minuuttia.',
  'signin.confirm.title': 'Kirjaudu sisään',
  'signin.confirm.text': 'Jatkakaa kirjautumista tällä laitteella.',
  'signin.confirm.submit': 'Kirjaudu sisään',
  'signin.invalid': 'Tämä linkki on vanhentunut tai sitä on jo käytetty. Pyytäkää uusi linkki.',
  'object.title': 'Sisältönne käytön vastustaminen',
  'object.lead': 'Täällä voitte vastustaa julkisen sisältönne käyttöä tekoälyn kouluttamiseen.',
  'object.email': 'Tilinne sähköpostiosoite',
  'object.reason': 'Syy (vapaaehtoinen)',
  'object.reason.hint': 'Syytä ei tarvitse ilmoittaa. Säilytämme sen emmekä koskaan näytä sitä kenellekään muulle.',
  'object.submit': 'Vastusta',
  'object.done.title': 'Vastustuksenne on kirjattu',
  'object.done.received': 'Vastaanotettu: {when}. Vahvistus on matkalla sähköpostiinne.',
  'object.done.covers': 'Se koskee seuraavia tilejä:',
  'object.done.timely': 'Se saapui ennen määräaikaa: mitään näiden tilien sisältöä ei käytetä.',
  'object.done.late.future_content_only':
    'Se saapui määräajan jälkeen: sisältöä, jonka teette julkiseksi tästä lähtien, ei käytetä. Mallin koulutukseen ' +
    'jo ' +
    'käytettyä sisältöä ei voi ottaa takaisin.',
  'object.done.late.all_content':
    'Se saapui määräajan jälkeen: mitään näiden tilien sisältöä ei käytetä tästä lähtien muodostettavissa ' +
    'koulutusaineistoissa. Mallin koulutukseen jo käytettyä sisältöä ei voi ottaa takaisin.',
  'consent.title': 'Suostumus sisältönne käyttöön',
  'consent.lead':
    'Täällä voitte antaa suostumuksenne julkisen sisältönne käyttöön tekoälyn kouluttamiseen. Päätös on teidän; ' +
    'mikään ei muutu, jos ette anna suostumusta.',
  'consent.submit': 'Annan suostumukseni',
  'consent.given': 'Olette antanut suostumuksenne. Voitte peruuttaa sen sivulla ”Omat suostumukset”.',
  'consent.done.title': 'Suostumuksenne on kirjattu',
  'consent.done.received': 'Vastaanotettu: {when}. Vahvistus on matkalla sähköpostiinne.',
  'consent.done.covers': 'Se koskee seuraavia tilejä:',
  'consent.done.effect':
    'Julkista sisältöänne voidaan käyttää tästä lähtien muodostettavissa koulutusaineistoissa. Voitte peruuttaa ' +
    'suostumuksenne milloin tahansa yhtä helposti kuin annoitte sen.',
  'status.title': 'Omat vastustukset',
  'status.title.opt_in': 'Omat suostumukset',
  'status.none': 'Ette ole vastustanut.',
  'status.none.opt_in': 'Ette ole antanut suostumusta.',
  'status.section': 'Vastustus {date}',
  'status.section.opt_in': 'Suostumus {date}',
  'status.received': 'Vastaanotettu: {when}',
  'status.withdrawn': 'Peruutettu: {when}',
  'status.covers': 'Koskee tilejä: {accounts}',
  'status.withdraw': 'Peruuta tämä vastustus',
  'status.withdraw.opt_in': 'Peruuta tämä suostumus',
  'status.accounts': 'Tilinne',
  'status.signoutEverywhere': 'Kirjaudu ulos kaikilla laitteilla',
  'status.notYours':
    'Tehty tilille {accounts}, joka on samassa tilikeskuksessa kuin tilinne mutta jolla on toinen sähköpostiosoite. ' +
    'Se koskee myös teidän tilejänne; sen voi peruuttaa vain sellaisen tilin haltija, jolle se on tehty.',
  'withdraw.title': 'Peruutetaanko vastustuksenne?',
  'withdraw.title.opt_in': 'Peruutetaanko suostumuksenne?',
  'withdraw.effect':
    'Julkista sisältöänne voidaan käyttää tästä lähtien muodostettavissa koulutusaineistoissa. Aiemmin muodostetut ' +
    'aineistot säilyvät ennallaan.',
  'withdraw.effect.opt_in':
    'Mitään sisältöänne ei käytetä tästä lähtien muodostettavissa koulutusaineistoissa. Aiemmin muodostetut ' +
    'aineistot ' +
    'säilyvät ennallaan: mallin koulutukseen jo käytettyä sisältöä ei voi ottaa takaisin.',
  'withdraw.again.timely':
    'Jos vastustatte uudelleen ennen ajankohtaa {deadline}, uusi vastustus pitää edelleen kaiken sisältönne poissa ' +
    'koulutuksesta. Sen jälkeen vastustus katsotaan myöhästyneeksi.',
  'withdraw.again.late':
    'Jos vastustatte uudelleen, uusi vastustus katsotaan myöhästyneeksi, koska määräaika ({deadline}) on päättynyt.',
  'withdraw.confirm': 'Kyllä, peruuta',
  'withdraw.cancel': 'Ei, säilytä',
  'withdraw.done.title': 'Vastustuksenne on peruutettu',
  'withdraw.done.title.opt_in': 'Suostumuksenne on peruutettu',
  'withdraw.done.text': 'Peruutettu: {when}. Vahvistus on matkalla sähköpostiinne.',
  'data.title': 'Omat tiedot koulutuksessa',
  'data.access': 'Lataa kaikki sinusta tallennetut tiedot (JSON)',
  'data.none': 'Koulutusaineistoa ei ole vielä muodostettu.',
  'data.snapshot': 'Koulutusaineisto {id}, muodostettu {at} ({policy})',
  'data.in': 'Kohteitanne aineistossa: {n}',
  'data.out': 'aineiston ulkopuolella: {n}',
  'data.models': 'Sillä koulutetut mallit: {models}',
  'data.caption': 'Kohteenne koulutusaineistossa {id}',
  'data.col.item': 'Kohde',
  'data.col.status': 'Aineistossa?',
  'data.col.proof': 'Todiste',
  'data.included': 'mukana',
  'data.proof': 'Todiste',
  'data.proof.about':
    'Todistetiedosto osoittaa koulutusaineiston julkaistun sormenjäljen (sen Merkle-juuren) perusteella, että kohde ' +
    'on aineistossa tai ettei se ole siinä. Tiedostossa on avaimenne tähän aineistoon. Sen ja kohteen tunnisteen ' +
    'avulla kohteen avain lasketaan uudelleen, joten kuka tahansa, jolle annatte tiedoston, voi tarkistaa sen ilman, ' +
    'että hänen tarvitsee luottaa meihin.',
  'data.proof.of': 'Todiste kohteesta {id}',
  'data.reason.published': 'ei vielä julkinen rajahetkellä',
  'data.reason.visibility': 'ei julkinen',
  'data.reason.kind': 'sisältölajia ei käytetä koulutukseen',
  'data.reason.region': 'koulutuksen alueiden ulkopuolella',
  'data.reason.age': 'ikää ei tiedetä tai se on alle vähimmäisiän',
  'data.reason.notice': 'ei ilmoitusta ajoissa',
  'data.reason.consent': 'ei suostumusta',
  'data.reason.objection': 'vastustuksenne',
  'data.reason.excluded': 'jätetty pois siinä näkyvän henkilön pyynnöstä',
  'request.link': 'Teitä koskeva sisältö',
  'request.title': 'Teitä koskevan sisällön pitäminen poissa tekoälyn koulutuksesta',
  'request.lead':
    'Jos jonkun toisen julkinen julkaisu, kommentti tai kuva koskee teitä – siinä näkyy nimenne, kuvanne tai muita ' +
    'tietoja teistä –, voitte pyytää meitä pitämään sen poissa tekoälyn koulutuksesta. Ette tarvitse tiliä. ' +
    'Vastaamme kuukauden kuluessa; jos tarvitsemme enemmän aikaa, kerromme teille syyn ja vastaamme viimeistään ' +
    'kahden lisäkuukauden kuluessa.',
  'request.items': 'Mikä sisältö? Yksi verkko-osoite tai kohteen tunniste riviä kohden',
  'request.items.hint': 'Kopioikaa osoite selaimesta tai kohteen tunniste sivulta ”Omat tiedot”.',
  'request.description': 'Mitä siinä näkyy teistä, ja miksi se pitäisi jättää pois?',
  'request.contact': 'Sähköpostiosoitteenne (vapaaehtoinen)',
  'request.contact.hint':
    'Vain jotta voimme kertoa teille päätöksestämme. Lähetämme teille ensin linkin, jolla vahvistatte, että osoite ' +
    'on teidän.',
  'request.evidence': 'Muuta, mikä auttaa meitä (vapaaehtoinen)',
  'request.submit': 'Lähetä pyyntö',
  'request.error.items':
    'Ilmoittakaa vähintään yksi ja enintään 100 kohdetta: sivustomme verkko-osoite tai kohteen tunniste, yksi riviä ' +
    'kohden.',
  'request.error.description': 'Kertokaa, mitä sisällössä näkyy teistä (enintään 5 000 merkkiä).',
  'request.error.contact': 'Tämä ei näytä sähköpostiosoitteelta.',
  'request.error.evidence': 'Teksti on liian pitkä (enintään 20 000 merkkiä).',
  'request.done.title': 'Olemme vastaanottaneet pyyntönne',
  'request.done.text': 'Pyyntönne numero on {id}. Päätämme asiasta viimeistään {due}.',
  'request.done.contact':
    'Lähetimme linkin antamaanne osoitteeseen. Kun olette avannut sen ja vahvistanut osoitteen, kerromme teille ' +
    'päätöksestämme.',
  'request.done.nocontact': 'Ette antanut sähköpostiosoitetta, joten emme voi kertoa teille päätöksestämme.',
  'request.confirm.title': 'Vahvistakaa sähköpostiosoitteenne',
  'request.confirm.text': 'Vahvistakaa, että saamme kirjoittaa teille tähän osoitteeseen pyynnöstänne {id}.',
  'request.confirm.submit': 'Vahvista',
  'request.confirmed.title': 'Osoitteenne on vahvistettu',
  'request.confirmed.text': 'Kirjoitamme teille, kun olemme tehneet päätöksen pyynnöstänne {id}.',
  'request.confirm.invalid': 'Tämä linkki ei ole voimassa. Kopioikaa se viestistä kokonaan.',
  'error.title': 'Jokin ei ole kunnossa',
  'error.csrf': 'Tämä lomake on vanhentunut. Palatkaa takaisin, ladatkaa sivu uudelleen ja yrittäkää uudelleen.',
  'error.rate': 'Liian monta yritystä. Odottakaa minuutti ja yrittäkää uudelleen.',
  'error.signin': 'Kirjautukaa ensin sisään.',
  'error.notfound': 'Tätä sivua ei ole olemassa.',
  'error.notyours': 'Sen voi peruuttaa vain sellaisen tilin haltija, jolle se on tehty.',
  'error.withdrawn': 'Tämä on jo peruutettu.',
  'error.internal': 'Jokin meni vikaan meidän päässämme. Yrittäkää myöhemmin uudelleen.',
  'mail.signin.subject': 'Kirjautumislinkkinne',
  'mail.signin.body':
    'Hei,\n\nJoku (toivottavasti te) pyysi kirjautumista. Tämä linkki toimii kerran ja on voimassa {minutes} ' +
    'minuuttia:\n\n{link}\n\nJos pyyntö ei tullut teiltä, voitte jättää tämän viestin huomiotta.',
  'mail.confirmation.subject': 'Vastustuksenne on kirjattu',
  'mail.confirmation.subject.opt_in': 'Suostumuksenne on kirjattu',
  'mail.confirmation.body':
    'Hei,\n\nOlemme vastaanottaneet vastustuksenne ({id}). Vastaanotettu: {when}.\n\nSe koskee seuraavia ' +
    'tilejä:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nVoitte tarkastella vastustuksianne ja peruuttaa niitä ' +
    'osoitteessa {url}.',
  'mail.confirmation.body.opt_in':
    'Hei,\n\nOlemme vastaanottaneet suostumuksenne ({id}). Vastaanotettu: {when}.\n\nSe koskee seuraavia ' +
    'tilejä:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nVoitte tarkastella suostumuksianne ja peruuttaa niitä ' +
    'osoitteessa {url}.',
  'mail.withdrawal.subject': 'Vastustuksenne on peruutettu',
  'mail.withdrawal.subject.opt_in': 'Suostumuksenne on peruutettu',
  'mail.withdrawal.body':
    'Hei,\n\nVastustuksenne {id} on peruutettu. Peruutusaika: {when}.\n\n{effect}\n\nVoitte vastustaa uudelleen ' +
    'milloin tahansa: {url}',
  'mail.withdrawal.body.opt_in':
    'Hei,\n\nSuostumuksenne {id} on peruutettu. Peruutusaika: {when}.\n\n{effect}\n\nVoitte antaa suostumuksenne ' +
    'uudelleen milloin tahansa: {url}',
  'mail.notice.subject': 'Käytämme julkista sisältöä tekoälyn kouluttamiseen',
  'mail.notice.subject.opt_in': 'Saammeko käyttää julkista sisältöänne tekoälyn kouluttamiseen?',
  'mail.notice.body':
    'Hei,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nVoitte vastustaa täällä: {url}\n\nTämä viesti ' +
    'koskee seuraavia tilejä: {accounts}',
  'mail.notice.body.opt_in':
    'Hei,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nVoitte antaa tai peruuttaa suostumuksenne täällä: ' +
    '{url}\n\nTämä viesti koskee seuraavia tilejä: {accounts}',
  'mail.footer.zone': 'Tämän viestin ajat on ilmoitettu aikavyöhykkeellä {zone}.',
  'mail.case.confirm.subject': 'Vahvistakaa sähköpostiosoitteenne',
  'mail.case.confirm.body':
    'Hei,\n\nJoku (toivottavasti te) pyysi meitä pitämään sisältöä poissa tekoälyn koulutuksesta ja antoi tämän ' +
    'osoitteen vastausta varten. Vahvistakaa osoite täällä:\n\n{link}\n\nJos pyyntö ei tullut teiltä, voitte jättää ' +
    'tämän viestin huomiotta: emme kirjoita teille uudelleen.',
  'mail.case.received.subject': 'Olemme vastaanottaneet pyyntönne {id}',
  'mail.case.received.body':
    'Hei,\n\nOlemme vastaanottaneet pyyntönne {id}. Vastaanotettu: {when}. Pyyntö koskee seuraavaa ' +
    'sisältöä:\n{items}\n\nPäätämme asiasta viimeistään {due}.',
  'mail.case.extended.subject': 'Tarvitsemme lisäaikaa pyyntönne {id} käsittelyyn',
  'mail.case.extended.body':
    'Hei,\n\nTarvitsemme lisäaikaa päättääksemme pyynnöstänne {id}. Syy: {reason}\n\nPäätämme asiasta viimeistään ' +
    '{due}.',
  'mail.case.accepted.subject': 'Pyyntönne {id} on hyväksytty',
  'mail.case.accepted.body':
    'Hei,\n\nOlemme hyväksyneet pyyntönne {id}. Seuraava sisältö jätetään pois kaikista tekoälyn ' +
    'koulutusaineistoista, jotka muodostamme tästä lähtien:\n{items}\n\nMallin koulutukseen jo käytettyä sisältöä ei ' +
    'voi ottaa siitä pois.',
  'mail.case.rejected.subject': 'Pyyntönne {id} on hylätty',
  'mail.case.rejected.body':
    'Hei,\n\nEmme hyväksyneet pyyntöänne {id}. Syy: {reason}\n\nVoitte tehdä valituksen ' +
    'tietosuojavalvontaviranomaiselle.',
  'console.name': 'Tietosuojakonsoli',
  'console.nav.label': 'Konsoli',
  'console.nav.overview': 'Yleiskatsaus',
  'console.nav.cases': 'Tapaukset',
  'console.nav.snapshots': 'Koulutusaineistot',
  'console.nav.models': 'Mallit',
  'console.nav.ledger': 'Loki',
  'console.member': 'Kirjautuneena: {name}, {role}.',
  'console.role.viewer': 'katselija',
  'console.role.reviewer': 'käsittelijä',
  'console.signin.title': 'Kirjaudu tietosuojakonsoliin',
  'console.signin.lead':
    'Alustan tietosuojatiimille. Antakaa työsähköpostiosoitteenne: jos osoite on konsolin jäsenluettelossa, ' +
    'lähetämme siihen linkin, jolla kirjaudutte sisään. Linkki toimii kerran ja on voimassa {minutes} minuuttia.',
  'console.signin.sent':
    'Jos tämä osoite on konsolin jäsenluettelossa, kirjautumislinkki on matkalla. Se toimii kerran ja on voimassa ' +
    '{minutes} minuuttia.',
  'console.signin.refused':
    'Tili, jolla kirjauduitte sisään, ei ole konsolin jäsenluettelossa. Pyytäkää tietosuojavastaavaa lisäämään sen ' +
    'osoite.',
  'console.forbidden': 'Roolinne ei salli tätä. Tapauksista päättävät käsittelijät.',
  'console.overview.title': 'Yleiskatsaus',
  'console.overview.policy':
    'Luvut käytännön {policy} mukaan. Vastustus, joka vastaanotetaan ajankohtana {deadline} tai sen jälkeen, ' +
    'katsotaan myöhästyneeksi. Päivät ovat UTC-aikaa.',
  'console.overview.policy.nodeadline':
    'Luvut käytännön {policy} mukaan. Käytännössä ei ole määräaikaa, joten mikään vastustus ei ole myöhästynyt. ' +
    'Päivät ovat UTC-aikaa.',
  'console.overview.cases': 'Tapaukset: ratkaisematta {open}, joista määräajan ylittäneitä {overdue}',
  'console.overview.asof': 'Tilanne: {when}; luvut lasketaan uudelleen enintään {minutes} minuutin välein.',
  'console.figures.title': 'Vastustukset, peruutukset ja suostumukset',
  'console.chart.title': 'Vastustukset, myöhästyneet vastustukset, peruutukset ja suostumukset päivittäin',
  'console.chart.desc':
    'Yksi viiva kutakin sarjaa kohden, {first} – {last}. Alla olevassa taulukossa ovat kaikki luvut.',
  'console.chart.empty': 'Vastustuksia tai suostumuksia ei ole vielä tehty.',
  'console.series.objections': 'Vastustukset',
  'console.series.late': 'Myöhästyneet vastustukset',
  'console.series.withdrawals': 'Peruutukset',
  'console.series.consents': 'Suostumukset',
  'console.table.day': 'Päivä',
  'console.table.perday': 'Kaikki päivät lukuina',
  'console.totals.caption': 'Yhteensä',
  'console.bychannel.caption': 'Kanavittain',
  'console.bynetwork.caption': 'Niiden tilien verkostoittain, joita ne koskevat (kerran kutakin verkostoa kohden)',
  'console.type.objection': 'Vastustukset',
  'console.type.consent': 'Suostumukset',
  'console.col.type': 'Tyyppi',
  'console.col.filed': 'Tehty',
  'console.col.withdrawn': 'Peruutettu',
  'console.col.channel': 'Kanava',
  'console.col.network': 'Verkosto',
  'console.col.policy': 'Käytäntö',
  'console.col.lang': 'Kieli',
  'console.col.queued': 'Jonoon asetetut',
  'console.col.accepted': 'Sähköpostipalvelimen vastaanottamat',
  'console.col.failing': 'Epäonnistuvat',
  'console.col.pending': 'Odottavat',
  'console.col.accounts': 'Tilit',
  'console.col.kind': 'Laji',
  'console.col.unsent': 'Lähettämättömät',
  'console.col.oldest': 'Vanhin lähettämätön',
  'console.col.case': 'Tapaus',
  'console.col.status': 'Tila',
  'console.col.due': 'Määräaika',
  'console.col.received': 'Vastaanotettu',
  'console.col.items': 'Kohteet',
  'console.col.reason': 'Syy',
  'console.col.count': 'Kohteet',
  'console.col.in': 'Mukana',
  'console.col.out': 'Pois jätetty',
  'console.col.model': 'Malli',
  'console.col.registered': 'Rekisteröity',
  'console.col.snapshots': 'Koulutusaineistot',
  'console.col.seq': 'Järjestysnumero',
  'console.col.event': 'Tapahtuma',
  'console.col.recorded': 'Kirjattu',
  'console.notices.title': 'Ilmoitusten kattavuus',
  'console.notices.never':
    'Vähimmäisiän täyttäneiden käyttäjien tilejä on yhteensä {adults}, joista {never} on ilman käytäntöä {policy} ' +
    'koskevaa ilmoitusta.',
  'console.notices.mails.caption': 'Ilmoitusviestit käytännön version ja kielen mukaan',
  'console.notices.proofs.caption': 'Tilit, joilla on todiste ilmoituksesta, käytännön version ja kielen mukaan',
  'console.notices.mails.empty':
    'Yhtään ilmoitusviestiä ei ole vielä asetettu jonoon: komento veto notice send asettaa ne jonoon ja lähettää ne.',
  'console.notices.proofs.empty': 'Yksikään ilmoitus ei ole vielä tavoittanut yhtään tiliä.',
  'console.notices.unversioned': 'ei versiota (koskee kaikkia käytäntöjä)',
  'console.outbox.title': 'Lähtevät viestit',
  'console.outbox.caption': 'Viestit, joita sähköpostipalvelin ei ole vielä vastaanottanut, lajeittain',
  'console.outbox.empty': 'Sähköpostipalvelin on vastaanottanut kaikki viestit.',
  'console.cases.title': 'Tapaukset',
  'console.cases.lead':
    'Kolmansien osapuolten pyynnöt: ratkaisemattomat ensin, määräajan ylittäneet ylimpänä, sitten määräajan mukaan.',
  'console.cases.empty': 'Yhtään pyyntöä ei ole vielä tullut.',
  'console.status.open': 'avoin',
  'console.status.extended': 'määräaikaa pidennetty',
  'console.status.accepted': 'hyväksytty',
  'console.status.rejected': 'hylätty',
  'console.status.overdue': 'myöhässä',
  'console.case.title': 'Tapaus {id}',
  'console.case.received': 'Vastaanotettu: {when}, kanava: {channel}; määräaika: {due}.',
  'console.case.description': 'Pyynnön esittäjän kuvaus',
  'console.case.evidence': 'Todisteet',
  'console.case.contact': 'Yhteystieto',
  'console.case.contact.none': 'Ei annettu: pyynnön esittäjälle ei voida ilmoittaa päätöksestä.',
  'console.case.contact.unconfirmed': '(ei vahvistettu: siihen ei vielä lähetetä mitään)',
  'console.case.contact.confirmed': '(vahvistettu)',
  'console.case.hidden': 'Pyynnön tekstit ja yhteystieto ovat henkilötietoja: vain käsittelijät näkevät ne.',
  'console.case.erased':
    'Pyynnön tekstit ja yhteysosoite, jos sellainen annettiin, poistettiin {when}, kun päätöksestä oli kulunut ' +
    'asetuksella requests.keep_texts_days määritetty aika.',
  'console.case.steps': 'Vaiheet',
  'console.case.step.extended': 'Määräaikaa pidennetty: {reviewer}, {when}; uusi määräaika {due}. Syy: {reason}',
  'console.case.step.accepted': 'Hyväksytty: {reviewer}, {when}; kohteita {count}.',
  'console.case.step.rejected': 'Hylätty: {reviewer}, {when}. Syy: {reason}',
  'console.case.decided': 'Tapaus on ratkaistu.',
  'console.case.viewer': 'Vain käsittelijät ratkaisevat tapauksia.',
  'console.case.decide': 'Ratkaise',
  'console.case.accept': 'Hyväksy',
  'console.case.accept.items': 'Koulutuksen ulkopuolelle jätettävät kohteet',
  'console.case.accept.lead':
    'Valitut kohteet jätetään pois kaikista tästä lähtien muodostettavista koulutusaineistoista.',
  'console.case.reject': 'Hylkää',
  'console.case.reject.reason': 'Miksi pyyntö hylätään (pyynnön esittäjä lukee tämän)',
  'console.case.extend': 'Pidennä määräaikaa kahdella kuukaudella',
  'console.case.extend.reason': 'Miksi tarvitaan lisäaikaa (pyynnön esittäjä lukee tämän)',
  'console.case.done.extended': 'Tapauksen {id} määräaikaa on pidennetty; uusi määräaika on {due}.',
  'console.case.done.accepted':
    'Tapaus {id} on hyväksytty: sen kohteet jätetään pois kaikista tästä lähtien muodostettavista ' +
    'koulutusaineistoista.',
  'console.case.done.rejected': 'Tapaus {id} on hylätty.',
  'console.case.noitems': 'Valitkaa vähintään yksi hyväksyttävä kohde tai hylätkää tapaus.',
  'console.snapshots.title': 'Koulutusaineistot',
  'console.snapshots.empty': 'Yhtään koulutusaineistoa ei ole vielä sinetöity.',
  'console.snapshot.summary':
    'Mukana {included} kohdetta {considered} kohteesta käytännön {policy} mukaan; sisällön tila: {at}; sinetöity: ' +
    '{sealed}.',
  'console.snapshot.root': 'Merkle-juuri',
  'console.snapshot.models': 'Sillä koulutetut mallit: {models}',
  'console.snapshot.nomodels': 'Yhtään mallia ei ole rekisteröity sillä koulutetuksi.',
  'console.snapshot.unreadable':
    'Sen kansiota ei voi lukea täällä, joten sen lukuja ei näytetä; ”Tarkista” kertoo, mikä on vialla.',
  'console.snapshot.out.caption': 'Pois jätetyt kohteet syyn mukaan',
  'console.snapshot.kind.caption': 'Kohteet lajin mukaan',
  'console.snapshot.lang.caption': 'Kohteet kielen mukaan',
  'console.snapshot.verify': 'Tarkista',
  'console.snapshot.verify.title': 'Koulutusaineisto {id} tarkistettu',
  'console.snapshot.verified.ok':
    'Koulutusaineisto {id} on sellainen kuin se sinetöitiin: sen tiedostot, manifesti ja Merkle-juuri täsmäävät.',
  'console.snapshot.verified.bad': 'Koulutusaineisto {id} ei ole sellainen kuin se sinetöitiin. Ongelmia: {count}.',
  'console.models.title': 'Mallit',
  'console.models.empty': 'Yhtään mallia ei ole vielä rekisteröity.',
  'console.ledger.title': 'Loki',
  'console.ledger.size': 'Lokissa on {size} merkintää.',
  'console.ledger.checkpoint':
    'Sen viimeisin allekirjoitettu tarkistuspiste kattaa {size} merkintää; allekirjoitettu: {when}.',
  'console.ledger.nocheckpoint':
    'Yhtään tarkistuspistettä ei ole vielä allekirjoitettu: komento veto ledger checkpoint allekirjoittaa sellaisen.',
  'console.ledger.root': 'Juuri',
  'console.ledger.note': 'Allekirjoitettu muistiinpano',
  'console.ledger.recent': 'Viimeisimmät merkinnät',
  'console.records.title': 'Tietueet tietosuojavalvontaviranomaisille',
  'console.records.lead':
    'Jokainen vastustus, suostumus, peruutus, toimitettu ilmoitus ja tapauksen vaihe, yksi tietue kutakin ' +
    'lokimerkintää kohden, kukin tarkistettavissa latausta varten allekirjoitettua tarkistuspistettä vasten. Tilien ' +
    'tunnisteet ja käsittelijöiden nimet, ei osoitteita eikä tekstejä.',
  'console.records.format': 'Muoto',
  'console.records.download': 'Lataa tietueet',
}
