// Walks through the README's Playground walkthrough in headless Chromium, on a host started with an empty database,
// and saves docs/playground.png (Ana's status after the move to Ideate) and docs/playground-checkin.png (Ben's
// check-in card a week later). It prints what each step showed, so a change in the bot's answers is noticed.
const path = require('path');
const { chromium } = require('playwright-core');

const base = process.env.PLAYGROUND_URL || 'http://127.0.0.1:5080';
const out = name => path.join(__dirname, '..', name);

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const as = async name => { await page.click(`#people .chip >> text=${name}`); await page.waitForTimeout(500); };
  const say = async text => {
    const before = await page.locator('#feed .msg').count();
    await page.fill('#text', text); await page.press('#text', 'Enter');
    await page.waitForFunction(n => document.querySelectorAll('#feed .msg').length > n + 1, before);
    const last = await page.locator('#feed .msg.bot').last().innerText();
    console.log(`> ${text}\n  ${last.split('\n').slice(0, 2).join(' | ')}`);
  };
  const week = async () => { await page.click('text=+1 week'); await page.waitForTimeout(3000); };

  await page.goto(`${base}/playground`);
  await page.waitForTimeout(1000);
  await say('start Warm Homes');
  await say('challenge Too many homes are cold');
  await as('Ben'); await say('join as citizen');
  await as('Chloe'); await say('join');
  await page.selectOption('#feed .card select', 'ngo');
  await page.click('#feed .card button:has-text("Join")'); await page.waitForTimeout(1000);
  await as('Ben'); await say('phase next');
  await as('Ana'); await say('phase next');
  await say('status');
  await page.screenshot({ path: out('playground.png') });

  await say('checkin every monday 09:00');
  await week();
  await as('Ben');
  const card = page.locator('#dmList .card').last();
  console.log('Ben\'s direct messages:', (await card.innerText()).split('\n')[0]);
  await card.locator('textarea').fill('Twelve tenants filled in the survey');
  await card.locator('select').first().selectOption('4');
  await page.screenshot({ path: out('playground-checkin.png') });
  await card.locator('button:has-text("Send")').click(); await page.waitForTimeout(1000);
  console.log('After Send:', (await page.locator('#feed .msg.bot').last().innerText()).split('\n').slice(0, 2).join(' | '));
  await browser.close();
})().catch(error => { console.error(error); process.exit(1); });
