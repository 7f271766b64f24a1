/** The answer of `GET /api/card`, as the API describes it (typed here until its route lands). */
export interface MemberCard {
  status: 'valid' | 'expiring' | 'expired';
  validity: { from: string; to: string };
  standardBlock: {
    validity: string;
    amcNumber: string;
    conventionType: string;
    csr: string;
    memberNumber: string;
  };
  insurer: { name: string; professionalAddress: string; professionalPhone: string };
  contract: { name: string; number: string; responsable: boolean };
  beneficiaries: { lastName: string; firstName: string; birthDate: string; rang: number | string }[];
  tiersPayant: { code: string; label: string }[];
  dataMatrixSvg: string;
  updatedAt: string;
}
