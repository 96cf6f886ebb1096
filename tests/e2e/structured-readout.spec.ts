import { test, expect } from './app-fixture';
import { BriefingPage } from './briefing-page';

interface StoredBriefing {
  fields_json: string;
  participants_json: string;
  body_json: string;
  language: string;
}

test('a complete meeting readout from the sample facts: fields, participants, drafted lede, four agreed points', async ({ page, library }, testInfo) => {
  // The whole readout typed key by key: about 29 s on an idle 2-core machine, and past 60 s twice when the other
  // worker ran a long flow beside it on the same two cores (as the keyboard-only readout, which has 120 s). A hang
  // guard, not a time assertion; typing latency itself is measured by `npm run bench:editor`.
  test.setTimeout(120_000);
  const app = new BriefingPage(page);
  await app.open();
  await app.newBriefing('Meeting readout');
  await app.title.fill('Prime Minister Ali Asadov meets ITU Secretary-General');

  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByLabel('Meeting date').fill('2025-11-21');
  await details.getByLabel('Location').fill('Baku, Azerbaijan');
  await details.getByLabel('Occasion').fill('ITU World Telecommunication Development Conference (WTDC)');
  for (const [who, name, title, organisation] of [
    ['Host', 'Ali Asadov', 'Prime Minister', 'Republic of Azerbaijan'],
    ['Guest', 'Doreen Bogdan-Martin', 'Secretary-General', 'International Telecommunication Union'],
  ] as const) {
    await details.getByRole('textbox', { name: `${who}: Name` }).fill(name);
    await details.getByRole('textbox', { name: `${who}: Title` }).fill(title);
    await details.getByRole('textbox', { name: `${who}: Organisation` }).fill(organisation);
  }

  const participants = page.getByRole('region', { name: /Participants/ });
  for (const [row, name, title, organisation] of [
    [1, 'Ali Asadov', 'Prime Minister', 'Republic of Azerbaijan'],
    [2, 'Doreen Bogdan-Martin', 'Secretary-General', 'International Telecommunication Union'],
  ] as const) {
    await participants.getByRole('button', { name: 'Add participant' }).click();
    await participants.getByRole('textbox', { name: `Name, row ${row}` }).fill(name);
    await participants.getByRole('textbox', { name: `Title, row ${row}` }).fill(title);
    await participants.getByRole('textbox', { name: `Organisation, row ${row}` }).fill(organisation);
  }
  await expect(participants.getByRole('combobox', { name: 'Side, row 1' })).toHaveValue('host');
  await expect(participants.getByRole('combobox', { name: 'Side, row 2' })).toHaveValue('guest');

  await app.section('lede').getByRole('button', { name: 'Draft from details' }).click();
  await app.section('agreed-points').locator('.block').first().click();
  const points = [
    'Prospects for cooperation in digital transformation, cybersecurity and e-government.',
    'Applying ITU expertise in digital governance and digital skills.',
    'More Azerbaijani specialists in ITU governing bodies and working groups.',
    "Extending Azerbaijan's membership of the ITU Council for the next term.",
  ];
  for (const [index, point] of points.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(point);
  }
  await app.waitUntilSaved();
  await page.screenshot({ path: testInfo.outputPath('structured-readout.png'), fullPage: true });

  await page.reload();
  await app.openFromLibrary(/Ali Asadov meets ITU/);
  await expect.poll(() => app.sectionText('lede')).toBe(
    'On November 21, 2025, Prime Minister of the Republic of Azerbaijan Ali Asadov met with Secretary-General of the ' +
      'International Telecommunication Union Doreen Bogdan-Martin in Baku, Azerbaijan.',
  );
  await expect(app.section('agreed-points').locator('[data-list-type="numbered"]')).toHaveCount(4);
  await expect(participants.getByRole('textbox', { name: 'Name, row 2' })).toHaveValue('Doreen Bogdan-Martin');

  const [row] = library.query<StoredBriefing>('SELECT fields_json, participants_json, body_json, language FROM briefings');
  expect(JSON.parse(row?.fields_json ?? '{}')).toMatchObject({
    meetingDate: '2025-11-21',
    location: 'Baku, Azerbaijan',
    host: { name: 'Ali Asadov', title: 'Prime Minister', organisation: 'Republic of Azerbaijan' },
    guest: { name: 'Doreen Bogdan-Martin', title: 'Secretary-General', organisation: 'International Telecommunication Union' },
  });
  const storedParticipants = JSON.parse(row?.participants_json ?? '[]') as { name: string; side: string }[];
  expect(storedParticipants.map(({ name, side }) => ({ name, side }))).toEqual([
    { name: 'Ali Asadov', side: 'host' },
    { name: 'Doreen Bogdan-Martin', side: 'guest' },
  ]);
  const body = JSON.parse(row?.body_json ?? '[]') as { sectionId: string; children: { type: string; children: { text?: string; fieldId?: string }[] }[] }[];
  const agreed = body.find((section) => section.sectionId === 'agreed-points');
  expect(agreed?.children.map((block) => [block.type, block.children.map((node) => node.text).join('')])).toEqual(points.map((point) => ['list-item', point]));
  // No name is typed twice: the lede holds references to the fields, not copies.
  const lede = body.find((section) => section.sectionId === 'lede');
  expect(JSON.stringify(lede)).not.toContain('Asadov');
  expect(lede?.children[0]?.children.filter((node) => node.fieldId).length).toBe(8);
});
