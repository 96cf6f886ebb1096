import type { BlockElement } from './briefing-body';
import type { BriefingTemplate } from './template';
import { newBriefingContent, type BriefingContent } from './new-briefing';

const paragraph = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });
const numbered = (text: string): BlockElement => ({ type: 'list-item', listType: 'numbered', indent: 0, children: [{ text }] });
const bulleted = (text: string): BlockElement => ({ type: 'list-item', listType: 'bulleted', indent: 0, children: [{ text }] });

/**
 * The demo briefing a new library starts with: the readout of the meeting
 * between Prime Minister Ali Asadov and ITU Secretary-General Doreen
 * Bogdan-Martin in Baku on 21 November 2025. It shows a first-time user what
 * a finished readout looks like, and can be moved to the Trash like any other.
 */
export function demoBriefingContent(template: BriefingTemplate): BriefingContent {
  const content = newBriefingContent(template, 'Prime Minister Ali Asadov meets ITU Secretary-General Doreen Bogdan-Martin');
  const sectionText: Record<string, BlockElement[]> = {
    lede: [
      paragraph(
        'On November 21, Prime Minister of the Republic of Azerbaijan Ali Asadov met with Secretary-General of the ' +
          'International Telecommunication Union (ITU) Doreen Bogdan-Martin.',
      ),
    ],
    occasion: [
      paragraph(
        'The sides underlined the importance of Baku hosting the ITU World Telecommunication Development Conference ' +
          '(WTDC), the first held in the South Caucasus and Central Asia region, which brings together about 2,500 specialists.',
      ),
      paragraph(
        'They noted the opening of the ITU Regional Acceleration Center in Baku, expected to become a venue for ' +
          'innovation and entrepreneurship in the region.',
      ),
    ],
    'topics-discussed': [
      paragraph('The participants discussed:'),
      bulleted('development of the ICT sector;'),
      bulleted('the information and knowledge economy;'),
      bulleted('artificial intelligence;'),
      bulleted('digital infrastructure;'),
      bulleted('countering cyberattacks.'),
    ],
    'key-messages': [
      paragraph(
        'Prime Minister Ali Asadov noted that the development of information and communication technologies has been ' +
          'declared a national priority by the President of the Republic of Azerbaijan. The Digital Development Concept ' +
          'and the Artificial Intelligence Strategy for 2025–2028 were approved this year.',
      ),
      paragraph(
        'Broadband coverage has reached 100%, a leading position in the region, and "smart city" and "smart village" ' +
          'planning is applied in the liberated territories.',
      ),
    ],
    'agreed-points': [
      numbered('Prospects for cooperation in digital transformation, cybersecurity and e-government.'),
      numbered('Applying ITU expertise in digital governance and digital skills.'),
      numbered('More Azerbaijani specialists in ITU governing bodies and working groups.'),
      numbered("Extending Azerbaijan's membership of the ITU Council for the next term."),
    ],
    'follow-up': [paragraph('The sides also discussed other items on the bilateral cooperation agenda.')],
  };
  return {
    ...content,
    fields: {
      ...content.fields,
      meetingDate: '2025-11-21',
      location: 'Baku, Azerbaijan',
      occasion:
        'ITU World Telecommunication Development Conference (WTDC), the first held in the South Caucasus and Central ' +
        'Asia region, about 2,500 specialists',
      host: { name: 'Ali Asadov', title: 'Prime Minister', organisation: 'Republic of Azerbaijan' },
      guest: {
        name: 'Doreen Bogdan-Martin',
        title: 'Secretary-General',
        organisation: 'International Telecommunication Union (ITU)',
      },
      releaseLine: 'immediate',
      source: 'Report (news agency)',
    },
    participants: [
      { id: 'p1', name: 'Ali Asadov', title: 'Prime Minister', organisation: 'Republic of Azerbaijan', side: 'host', role: '' },
      {
        id: 'p2',
        name: 'Doreen Bogdan-Martin',
        title: 'Secretary-General',
        organisation: 'International Telecommunication Union',
        side: 'guest',
        role: '',
      },
    ],
    body: content.body.map((section) => {
      const children = sectionText[section.sectionId];
      return children ? { ...section, children } : section;
    }),
  };
}
