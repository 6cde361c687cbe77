// Homes with a commuting radius, bucketed in a grid of latitude/longitude cells, so that a need
// can list the few people who might live within reach of its workplace without a distance check
// per person. The grid answers with a superset; the commute check itself stays placeCode's.
import { PostingLists } from './compact-storage';
import { EARTH_RADIUS_KM } from './match-rules';

/** Cells are half a degree of latitude by one of longitude: about 55 km × 55 km in Finland. */
const CELL_LATITUDE_DEGREES = 0.5;
const CELL_LONGITUDE_DEGREES = 1;
/** Degrees added to both spans against rounding at cell borders. */
const MARGIN_DEGREES = 0.01;

/** The key of the grid cell of a point; longitudes wrap around at ±180°. */
function cellKey(latitude: number, longitude: number): number {
  const wrapped = ((((longitude + 180) % 360) + 360) % 360) - 180;
  return (Math.floor(latitude / CELL_LATITUDE_DEGREES) + 512) * 1024 + (Math.floor(wrapped / CELL_LONGITUDE_DEGREES) + 512);
}

export class CommuteGrid {
  private readonly cellIds = new Map<number, number>();
  private readonly cells = new PostingLists();
  /** The longest radius ever added: how far around a workplace to look. */
  private maxRadiusKm = 0;

  add(slot: number, latitude: number, longitude: number, radiusKm: number): void {
    const key = cellKey(latitude, longitude);
    let cell = this.cellIds.get(key);
    if (cell === undefined) {
      cell = this.cellIds.size;
      this.cellIds.set(key, cell);
    }
    this.cells.add(cell, slot);
    if (radiusKm > this.maxRadiusKm) this.maxRadiusKm = radiusKm;
  }

  /**
   * Visits every slot whose home lies within the longest radius of the point, and some more
   * (whole cells; a slot may come twice when the spans end in a cell already visited).
   */
  visitNear(latitude: number, longitude: number, visit: (slot: number) => void): void {
    if (this.cellIds.size === 0) return;
    // A point within d of (φ, λ) lies within d / R radians of φ and, on the sphere, within
    // asin(sin(d / R) / cos φ) of λ, as long as the cap around the point holds no pole.
    const angle = this.maxRadiusKm / EARTH_RADIUS_KM;
    const latitudeSpan = (angle * 180) / Math.PI + MARGIN_DEGREES;
    const sine = Math.sin(Math.min(angle, Math.PI / 2)) / Math.cos((latitude * Math.PI) / 180);
    if (Math.abs(latitude) + latitudeSpan >= 90 || sine >= 1) {
      for (let cell = 0; cell < this.cellIds.size; cell++) this.visitCell(cell, visit);
      return;
    }
    const longitudeSpan = (Math.asin(sine) * 180) / Math.PI + MARGIN_DEGREES;
    // Steps of one cell, the last clamped to the end of the span so that its cell is included.
    for (let y = latitude - latitudeSpan; ; y = Math.min(y + CELL_LATITUDE_DEGREES, latitude + latitudeSpan)) {
      for (let x = longitude - longitudeSpan; ; x = Math.min(x + CELL_LONGITUDE_DEGREES, longitude + longitudeSpan)) {
        const cell = this.cellIds.get(cellKey(y, x));
        if (cell !== undefined) this.visitCell(cell, visit);
        if (x >= longitude + longitudeSpan) break;
      }
      if (y >= latitude + latitudeSpan) break;
    }
  }

  remap(remap: Int32Array): void {
    this.cells.remap(remap);
  }

  trim(): void {
    this.cells.trim();
  }

  bytes(): number {
    return this.cells.bytes();
  }

  private visitCell(cell: number, visit: (slot: number) => void): void {
    const list = this.cells.lists[cell]!;
    const length = this.cells.lengths[cell]!;
    for (let j = 0; j < length; j++) visit(list[j]!);
  }
}
