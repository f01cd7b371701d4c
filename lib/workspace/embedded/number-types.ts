/** The kinds of service number the embedded workspace knows, by key (WorkspaceNumber.type). */
export const NUMBER_TYPE_NAMES: Record<string, string> = {
  mobile: "Mobile",
  local: "Local",
  toll_free: "Toll-free",
  short_code: "Short Code",
};

export const numberTypeName = (type: string) => NUMBER_TYPE_NAMES[type] ?? type;

// Calling code → ISO 3166-1 alpha-2, longest prefix first: what sms.status reports as recipientCountry.
const CALLING_CODES: [string, string][] = [
  ["852", "HK"], ["853", "MO"], ["886", "TW"], ["86", "CN"], ["65", "SG"], ["60", "MY"], ["66", "TH"], ["63", "PH"],
  ["62", "ID"], ["84", "VN"], ["81", "JP"], ["82", "KR"], ["91", "IN"], ["61", "AU"], ["64", "NZ"], ["44", "GB"],
  ["49", "DE"], ["33", "FR"], ["34", "ES"], ["39", "IT"], ["31", "NL"], ["971", "AE"], ["966", "SA"], ["55", "BR"],
  ["52", "MX"], ["7", "RU"], ["1", "US"],
];

export function countryOf(e164: string): string {
  const digits = e164.replace(/^\+/, "");
  for (const [code, country] of CALLING_CODES.sort((a, b) => b[0].length - a[0].length)) if (digits.startsWith(code)) return country;
  return "Unknown";
}
