/**
 * Ids and values in the demo that tests (unit, integration, e2e) can rely on. They are written
 * out literally, not computed, so a test reads as a fact about the demo; the unit test checks
 * that each of them still matches the built dataset.
 */
export const DEMO_FIXTURES = {
  stoIds: ['p003', 'p004', 'p005', 'p006'],
  stoRole: 'STO',
  hiddenPersonIds: ['p011', 'p012', 'p013', 'p014', 'p021'],
  privateTies: [
    ['p001', 'p011'],
    ['p007', 'p012'],
    ['p003', 'p013'],
    ['p008', 'p014'],
    ['p002', 'p009'],
    ['p005', 'p021'],
  ],
  connectorIds: ['p001', 'p007', 'p008', 'p009', 'p022'],
  foreignResidentIds: ['p010', 'p015', 'p016', 'p017', 'p018', 'p019', 'p020'],
  npoWithNeeds: 'o07',
  npoNeedSkills: ['kintone', 'grant-writing', 'labour-law'],
  skillWithNarrower: 'crm',
  narrowerSkill: 'salesforce',
  aPersonWithKana: { id: 'p001', name: '田中 花子', nameKana: 'たなか はなこ', nameLatin: 'Tanaka Hanako' },
  aForeignResident: { id: 'p010', name: 'Nguyen Van An', nameKana: 'ぐえん ばん あん', nameLatin: 'Nguyen Van An' },
  anOrganisation: { id: 'o01', name: 'NPO法人 こどもごはんネット東京', nameKana: 'こどもごはんねっととうきょう' },
  aProject: { id: 'pj13', name: 'kintoneによるボランティア管理の導入', lead: 'o01', leader: 'p001' },
  anOngoingProject: 'pj40',
} as const;
