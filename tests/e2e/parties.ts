// Filling a person's particulars in the registration form (or 修改登记信息) as a clerk does: what an agreement
// needs of each party (人民调解法 Art. 29). Sex and birth date come from the ID number.
import { expect, type Locator } from '@playwright/test';

export interface Particulars {
  idNumber: string;
  ethnicity: string;
  occupation: string;
  address: string;
  phone: string;
}

export async function fillParticulars(party: Locator, p: Particulars) {
  // Picked from the opened list unless the form already shows it (a new party starts as 汉族, and picking the
  // chosen option again would clear it).
  const ethnicity = party.getByRole('combobox', { name: '民族', exact: true });
  if ((await ethnicity.inputValue()) !== p.ethnicity) {
    await ethnicity.click();
    await party.page().getByRole('option', { name: p.ethnicity, exact: true }).click();
  }
  await expect(ethnicity).toHaveValue(p.ethnicity);
  await party.getByRole('textbox', { name: '身份证号码' }).fill(p.idNumber);
  await party.getByRole('textbox', { name: '职业' }).fill(p.occupation);
  await party.getByRole('textbox', { name: '住址' }).fill(p.address);
  await party.getByRole('textbox', { name: '联系电话' }).fill(p.phone);
}

export const ZHANG_SAN: Particulars = {
  idNumber: '11010519491231002X',
  ethnicity: '汉族',
  occupation: '退休职工',
  address: '南京市玄武区大悲巷12号302室',
  phone: '13812345678',
};

export const LI_SI: Particulars = {
  idNumber: '320102198005170033',
  ethnicity: '回族',
  occupation: '个体经营',
  address: '南京市玄武区大悲巷12号402室',
  phone: '02584561234',
};
