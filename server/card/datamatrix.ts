/**
 * The DataMatrix code of the card repeats its standard block, so a professional's reader gets the
 * same values as the printed text:
 *
 *   CMTP1|<from>-<to>|<amcNumber>|<conventionType>|<csr>|<memberNumber>
 *
 * - `CMTP1`: format name and version, to change the layout later without misreading old cards;
 * - fields in the order of the standard block, separated by `|`;
 * - validity dates as AAAAMMJJ (from the card's YYYY-MM-DD dates).
 * No field may contain the delimiter.
 */
import { toBuffer, toSVG } from 'bwip-js/node';

const DATAMATRIX_VERSION = 'CMTP1';
const DELIMITER = '|';

export interface StandardBlockFields {
  validity: { from: string; to: string };
  amcNumber: string;
  conventionType: string;
  csr: string;
  memberNumber: string;
}

export function dataMatrixPayload(block: StandardBlockFields): string {
  const compactDate = (isoDate: string) => isoDate.replaceAll('-', '');
  const fields = [
    `${compactDate(block.validity.from)}-${compactDate(block.validity.to)}`,
    block.amcNumber,
    block.conventionType,
    block.csr,
    block.memberNumber,
  ];
  if (fields.some((field) => field.includes(DELIMITER))) {
    throw new Error(`Un champ du bloc normalisé contient le séparateur « ${DELIMITER} »`);
  }
  return [DATAMATRIX_VERSION, ...fields].join(DELIMITER);
}

const LABEL =
  "Code DataMatrix de la carte : il reprend le bloc normalisé (période de validité, numéro AMC, type de convention, CSR et numéro d'adhérent)";

/** The code as SVG markup, named for assistive technologies. */
export function dataMatrixSvg(block: StandardBlockFields): string {
  const svg = toSVG({ bcid: 'datamatrix', text: dataMatrixPayload(block) });
  return svg.replace('<svg ', `<svg role="img" aria-label="${LABEL}" `);
}

/** The code as a PNG image, for the PDF. */
export function dataMatrixPng(block: StandardBlockFields): Promise<Buffer> {
  return toBuffer({ bcid: 'datamatrix', text: dataMatrixPayload(block), scale: 4 });
}
