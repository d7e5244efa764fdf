// The fixed office vocabulary of the lexicons: offices held by the actors (actors.json) and the
// further ones that titles (titles.json) introduce.
export const PERSON_OFFICES = [
  'president',
  'vice-president',
  'prime-minister',
  'foreign-minister',
  'defense-minister',
  'interior-minister',
  'finance-minister',
  'king',
  'crown-prince',
  'emir',
  'sultan',
  'supreme-leader',
  'chancellor',
  'secretary-general',
  'spokesperson',
  'army-chief',
  'speaker',
  'leader',
  'governor',
];

export const OFFICES = [
  ...PERSON_OFFICES,
  'minister',
  'ambassador',
  'envoy',
  'commander',
  'general',
  'senator',
  'mp',
];
