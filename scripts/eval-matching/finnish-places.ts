import type { GeoPoint } from '../../libs/matching/src/engine/match.types';

// Municipalities (Statistics Finland codes) where the labelled set puts workplaces and homes,
// grouped into commuting areas. Points are rounded town centres, as profiles store them.
export interface EvaluationPlace {
  municipalityCode: string;
  nameFi: string;
  area: string;
  point: GeoPoint;
}

const place = (municipalityCode: string, nameFi: string, area: string, latitude: number, longitude: number): EvaluationPlace => ({
  municipalityCode,
  nameFi,
  area,
  point: { latitude, longitude },
});

export const EVALUATION_PLACES: readonly EvaluationPlace[] = [
  place('091', 'Helsinki', 'helsinki', 60.17, 24.94),
  place('049', 'Espoo', 'helsinki', 60.21, 24.66),
  place('092', 'Vantaa', 'helsinki', 60.29, 25.04),
  place('245', 'Kerava', 'helsinki', 60.4, 25.11),
  place('257', 'Kirkkonummi', 'helsinki', 60.12, 24.44),
  place('837', 'Tampere', 'tampere', 61.5, 23.76),
  place('536', 'Nokia', 'tampere', 61.48, 23.51),
  place('211', 'Kangasala', 'tampere', 61.46, 24.07),
  place('604', 'Pirkkala', 'tampere', 61.47, 23.64),
  place('980', 'Ylöjärvi', 'tampere', 61.56, 23.6),
  place('853', 'Turku', 'turku', 60.45, 22.27),
  place('202', 'Kaarina', 'turku', 60.41, 22.37),
  place('680', 'Raisio', 'turku', 60.49, 22.17),
  place('564', 'Oulu', 'oulu', 65.01, 25.47),
  place('244', 'Kempele', 'oulu', 64.91, 25.51),
  place('743', 'Seinäjoki', 'seinajoki', 62.79, 22.84),
  place('408', 'Lapua', 'seinajoki', 62.97, 23.01),
  place('179', 'Jyväskylä', 'jyvaskyla', 62.24, 25.75),
  place('297', 'Kuopio', 'kuopio', 62.89, 27.68),
  place('398', 'Lahti', 'lahti', 60.98, 25.66),
  place('167', 'Joensuu', 'joensuu', 62.6, 29.76),
  place('905', 'Vaasa', 'vaasa', 63.1, 21.62),
  place('698', 'Rovaniemi', 'rovaniemi', 66.5, 25.73),
  place('609', 'Pori', 'pori', 61.49, 21.8),
];

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in km. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
