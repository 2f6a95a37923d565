const { chromium } = require('playwright-core');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto('http://127.0.0.1:5080/playground');
  await page.waitForTimeout(1500);
  // As Ana: move to Ideate through the confirmation card, then ask for status.
  await page.fill('#text', 'phase next'); await page.press('#text', 'Enter');
  await page.waitForTimeout(700);
  const moveOn = page.locator('button', { hasText: 'Move on' });
  if (await moveOn.count()) { await moveOn.last().click(); await page.waitForTimeout(700); }
  await page.fill('#text', 'status'); await page.press('#text', 'Enter');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: require('path').join(__dirname, '..', 'playground.png') });
  // Ben sees his check-in in the direct-message panel after a week passes.
  await page.click('text=+1 week'); await page.waitForTimeout(4000);
  await page.click('.chip >> text=Ben'); await page.waitForTimeout(800);
  await page.screenshot({ path: require('path').join(__dirname, '..', 'playground-checkin.png') });
  const feedText = await page.locator('#feed').innerText();
  console.log(feedText.slice(0, 400));
  await browser.close();
})();
