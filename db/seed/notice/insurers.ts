import type { NoticeInsurer } from './types.ts';

/**
 * The managing and co-insuring mutuelles of the notice "Ma Prévoyance Santé +", 2025.
 * - headOfficeAddress: Annexe 2 (siège social), OCR errors repaired;
 * - correspondenceAddress and phones: Annexe 3 (adresse de correspondance, téléphone). The notice
 *   gives a single phone number per mutuelle, used for both professionalPhone and memberPhone.
 *
 * FICTIONAL IDENTIFIERS: the notice gives no AMC number, convention type or CSR. The values of
 * amcNumber ('99' + 6 digits), conventionType ('TPDEMO') and csr ('99' + 2 digits) below are made up
 * for demonstration and must never be used for real tiers payant.
 */
export const noticeInsurers: NoticeInsurer[] = [
  {
    code: 'SMPS',
    name: 'SMPS',
    amcNumber: '99000101',
    conventionType: 'TPDEMO',
    csr: '9901',
    headOfficeAddress: "Pôle d'activités de Villaroche, Chemin de Viercy, 77550 LIMOGES-FOURCHES",
    correspondenceAddress: 'SMPS, TSA 20162, 31151 FENOUILLET CEDEX',
    professionalPhone: '09 69 39 08 90',
    memberPhone: '09 69 39 08 90',
  },
  {
    code: 'MFTGS',
    name: 'MFTGS',
    amcNumber: '99000102',
    conventionType: 'TPDEMO',
    csr: '9902',
    headOfficeAddress: 'RN7, BP 151, 91005 EVRY CEDEX',
    correspondenceAddress: 'MFTGS, TSA 50165, 31151 FENOUILLET CEDEX',
    professionalPhone: '09 69 39 08 90',
    memberPhone: '09 69 39 08 90',
  },
  {
    code: 'MFTSV',
    name: 'MFTSV',
    amcNumber: '99000103',
    conventionType: 'TPDEMO',
    csr: '9903',
    // OCR "Rond-Point René Ravaud , 6 CS 10165 - Réau 677551 MOISSY CRAMAYEL CEDEX": 677551 → 77551.
    // doubtful: the lone "6" after "Ravaud ," is read as OCR noise (a stray part of the 677551 error) and dropped.
    headOfficeAddress: 'Rond-Point René Ravaud, Réau, CS 10165, 77551 MOISSY-CRAMAYEL CEDEX',
    correspondenceAddress: 'MFTSV, TSA 10161, 31151 FENOUILLET CEDEX',
    professionalPhone: '09 69 39 08 90',
    memberPhone: '09 69 39 08 90',
  },
  {
    code: 'OCIANE_MATMUT',
    name: 'Mutuelle Ociane Matmut',
    amcNumber: '99000104',
    conventionType: 'TPDEMO',
    csr: '9904',
    headOfficeAddress: '35 rue Claude Bonnier, 33054 BORDEAUX CEDEX',
    correspondenceAddress: 'OCIANE MATMUT, TSA 90160, 31151 FENOUILLET CEDEX',
    professionalPhone: '05 57 22 23 24',
    memberPhone: '05 57 22 23 24',
  },
  {
    code: 'MUTAERO',
    name: 'Mutaero',
    amcNumber: '99000105',
    conventionType: 'TPDEMO',
    csr: '9905',
    headOfficeAddress: '34 boulevard Riquet, 31015 TOULOUSE CEDEX 06',
    correspondenceAddress: 'MUTAERO, TSA 30163, 31151 FENOUILLET CEDEX',
    professionalPhone: '09 69 39 08 90',
    memberPhone: '09 69 39 08 90',
  },
  {
    code: 'HARMONIE_MUTUELLE',
    name: 'Harmonie Mutuelle',
    amcNumber: '99000106',
    conventionType: 'TPDEMO',
    csr: '9906',
    headOfficeAddress: '143 rue Blomet, 75015 PARIS',
    correspondenceAddress: 'HARMONIE MUTUELLE, TSA 30154, 31151 FENOUILLET CEDEX',
    professionalPhone: '09 80 98 01 09',
    memberPhone: '09 80 98 01 09',
  },
  {
    code: 'MUTEST',
    name: 'Mutest',
    amcNumber: '99000107',
    conventionType: 'TPDEMO',
    csr: '9907',
    headOfficeAddress: '11 boulevard Wilson, 67082 STRASBOURG CEDEX',
    correspondenceAddress: 'MUTEST, TSA 60166, 31151 FENOUILLET CEDEX',
    professionalPhone: '09 69 32 67 68',
    memberPhone: '09 69 32 67 68',
  },
  {
    code: 'MHV',
    name: 'MHV',
    amcNumber: '99000108',
    conventionType: 'TPDEMO',
    csr: '9908',
    headOfficeAddress: 'Avenue du Professeur Jean Bernard, BP 59, 86002 POITIERS CEDEX',
    correspondenceAddress: 'MHV, TSA 40164, 31151 FENOUILLET CEDEX',
    professionalPhone: '05 49 21 99 42',
    memberPhone: '05 49 21 99 42',
  },
  {
    code: 'MUTUELLE_FAMILIALE',
    name: 'La Mutuelle Familiale',
    amcNumber: '99000109',
    conventionType: 'TPDEMO',
    csr: '9909',
    headOfficeAddress: "52 rue d'Hauteville, 75487 PARIS CEDEX 10",
    correspondenceAddress: 'La Mutuelle Familiale, TSA 70167, 31151 FENOUILLET CEDEX',
    professionalPhone: '01 72 19 31 93',
    memberPhone: '01 72 19 31 93',
  },
];
