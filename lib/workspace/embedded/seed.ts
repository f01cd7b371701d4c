import crypto from "node:crypto";
import { Prisma, prisma } from "@/lib/db";
import { ENQUIRY_STATUSES, PHONE_TYPES } from "@/contract/actions";
import { fullNameOf, nameKey } from "./contacts";

const STAFF = [
  { name: "Mei Wong", department: "Customer Care" },
  { name: "Kenji Sato", department: "Customer Care" },
  { name: "Priya Nair", department: "Sales" },
  { name: "李嘉欣", department: "Sales" },
  { name: "Daniel Ho", department: "Technical Support" },
  { name: "Sofia Rossi", department: "Technical Support" },
];
const ROOMS = ["Customer Care", "Sales Team", "VIP 客戶", "Night Shift"];
const TAGS = [
  { name: "VIP", colorCode: "#FF8800" },
  { name: "Complaint", colorCode: "#D32F2F" },
  { name: "Sales Lead", colorCode: "#388E3C" },
  { name: "重要", colorCode: "#7B1FA2" },
  { name: "Follow-up", colorCode: "#1976D2" },
];
// Several share a first name (Tai Man, Mary, John); some in Traditional Chinese.
const CONTACTS: [string | null, string | null][] = [
  ["Tai Man", "Chan"], ["Tai Man", "Lee"], ["Tai Man", "Wong"], ["Mary", "Chan"], ["Mary", "Smith"], ["Mary", "Cheung"],
  ["John", "Smith"], ["John", "Doe"], ["大文", "陳"], ["小龍", "李"], ["美玲", "王"], ["志明", "張"], ["Siu Ming", "Ho"],
  ["Anna", "Müller"], ["Carlos", "García"], ["Aiko", "Tanaka"], ["Wei", "Zhang"], ["Olivia", "Brown"], ["Noah", "Wilson"],
  ["Emma", "Taylor"], [null, "Leung"], ["Grace", null], ["Ka Yan", "Lau"], ["嘉玲", "劉"],
];
const SOCIAL = ["facebook", "whatsApp", "weChat", "line", "twitter", "linkedin"] as const;
const PHONE_COLUMN = { Mobile: "mobilePhone", Work: "workPhone", Home: "homePhone", Other: "otherPhone" } as const;

const pad = (n: number, width = 4) => String(n).padStart(width, "0");

/**
 * A realistic CINNOX workspace for one service (idempotent: nothing is added to a service that
 * has contacts already): 24 contacts, 12 enquiries across every status, 5 tags, numbers of three
 * types, 6 staff, 4 group rooms. Numbers differ per service (derived from its id).
 */
export async function seedWorkspace(serviceId: string, slug = "example") {
  if ((await prisma.workspaceContact.count({ where: { serviceId } })) > 0) return false;
  const seed = crypto.createHash("sha256").update(serviceId).digest().readUInt16BE(0) % 9000;
  const block = pad(1000 + seed);
  const domain = `${slug.replace(/[^a-z0-9-]/gi, "") || "example"}.example`;

  const staff = STAFF.map((s, i) => ({
    id: `stf_${serviceId.slice(-8)}_${i + 1}`,
    serviceId,
    name: s.name,
    email: `staff${i + 1}@${domain}`,
    department: s.department,
  }));
  const tags = TAGS.map((t, i) => ({ id: `tag_${serviceId.slice(-8)}_${i + 1}`, serviceId, ...t }));
  const statusOrder = [...ENQUIRY_STATUSES, ...ENQUIRY_STATUSES, "closed", "handling"];
  const base = Date.UTC(2026, 10, 2, 1, 0, 0);
  await prisma.$transaction([
    prisma.workspaceStaff.createMany({ data: staff }),
    prisma.workspaceRoom.createMany({ data: ROOMS.map((name, i) => ({ id: `room_${serviceId.slice(-8)}_${i + 1}`, serviceId, name })) }),
    prisma.workspaceTag.createMany({ data: tags }),
    prisma.workspaceNumber.createMany({
      data: [
        { serviceId, number: `+8525${block}001`, type: "mobile" },
        { serviceId, number: `+8525${block}002`, type: "mobile" },
        { serviceId, number: `+8523${block}100`, type: "local" },
        { serviceId, number: `+8523${block}101`, type: "local" },
        { serviceId, number: `+800${block}0000`, type: "toll_free" },
      ],
    }),
    prisma.workspaceContact.createMany({
      data: CONTACTS.map(([first, last], i) => {
        const phoneType = PHONE_TYPES[i % PHONE_TYPES.length] ?? "Mobile";
        const social = SOCIAL[i % SOCIAL.length] ?? "whatsApp";
        const owner = staff[i % staff.length];
        const local = [first, last].filter(Boolean).join(".").toLowerCase().replace(/[^a-z.]/g, "") || `contact${i + 1}`;
        return {
          id: `ctc_${serviceId.slice(-8)}_${pad(i + 1, 2)}`,
          serviceId,
          firstName: first,
          lastName: last,
          fullNameKey: nameKey(fullNameOf(first, last)),
          [PHONE_COLUMN[phoneType]]: `+8526${block}${pad(i + 1, 3)}`,
          phoneType,
          email: `${local}${i + 1}@customer.example`,
          personalEmail: i % 3 === 0 ? `${local}${i + 1}@mail.example` : null,
          [social]: social === "whatsApp" ? `+8526${block}${pad(i + 1, 3)}` : `${local || "user"}${i + 1}`,
          socialType: { facebook: "Facebook", whatsApp: "WhatsApp", weChat: "WeChat", line: "LINE", twitter: "Twitter", linkedin: "LinkedIn" }[social],
          companyName: ["Example Trading Ltd", "港灣貿易有限公司", "Globex Retail", null][i % 4],
          jobTitle: ["Buyer", "Manager", "Engineer", null][i % 4],
          department: ["Purchasing", "Operations", null][i % 3],
          birthday: i % 2 === 0 ? `19${80 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}` : null,
          language: ["en", "zh", "ja", "de"][i % 4],
          addresses: i % 2 === 0 ? [{ street: `${i + 1} Queen's Road Central`, city: "Hong Kong", state: null, zipCode: "999077", country: "Hong Kong" }] : [],
          customerType: ["Lead", "Prospect", "Customer", "Others"][i % 4],
          group: ["VIP", "Retail", null][i % 3],
          level: ["Primary", "Secondary", "Tertiary"][i % 3],
          ownerId: owner?.id ?? null,
          sharedWith: i % 5 === 0 && staff[1] ? [staff[1].id] : [],
          slaveContacts: [],
          source: "seed",
        };
      }),
    }),
    prisma.workspaceEnquiry.createMany({
      data: statusOrder.map((status, i) => {
        const createdAt = new Date(base + i * 3_600_000);
        const [first, last] = CONTACTS[i] ?? ["Visitor", null];
        const agent = STAFF[i % STAFF.length];
        const closed = status === "closed";
        return {
          id: `enq_${serviceId.slice(-8)}_${pad(i + 1, 2)}`,
          serviceId,
          displayCaseNumber: `C-${pad(100 + i + 1, 6)}`,
          status,
          createdAt,
          details: JSON.parse(JSON.stringify({
            uniqueKey: `uk_${serviceId.slice(-8)}_${i + 1}`,
            inquiry: ["Where is my order?", "I want to change my plan.", "我想查詢帳單。", "The app does not open."][i % 4],
            tag: [tags[i % tags.length]?.name ?? "VIP"],
            visitor: `vis_${i + 1}`,
            roomID: `room_enq_${i + 1}`,
            initChannel: ["web", "whatsapp", "phone"][i % 3],
            omniType: ["chat", "message", "call"][i % 3],
            ip: `203.0.113.${i + 10}`,
            language: ["en", "zh"][i % 2],
            location: "Hong Kong",
            platform: ["web", "ios", "android"][i % 3],
            channel: ["web", "whatsapp", "phone"][i % 3],
            destinationID: `dst_${i % 3}`,
            destinationName: ["Customer Care", "Sales", "Technical Support"][i % 3],
            destinationType: "team",
            inquiryType: "inbound",
            handledType: status === "new" || status === "queuing" || status === "missed" ? null : "staff",
            handledPartyName: status === "handling" || closed ? agent?.name : null,
            handledPartyDepartment: status === "handling" || closed ? agent?.department : null,
            staffFirstName: status === "handling" || closed ? agent?.name.split(" ")[0] : null,
            staffLastName: status === "handling" || closed ? (agent?.name.split(" ")[1] ?? null) : null,
            pickedUpAt: status === "handling" || closed ? new Date(createdAt.getTime() + 60_000).toISOString() : null,
            closedAt: closed ? new Date(createdAt.getTime() + 1_800_000).toISOString() : null,
            closedByType: closed ? "staff" : null,
            closeDuration: closed ? 1800 : null,
            missedAt: status === "missed" ? new Date(createdAt.getTime() + 300_000).toISOString() : null,
            visitorName: fullNameOf(first, last),
            visitorFirstName: first,
            visitorLastName: last,
            huntedStaffTargetHistory: [],
            transferredParty: [],
            historyJoined: [],
            attachment: [],
            inquiryDeepLink: `https://example.cinnox.com/enquiries/C-${pad(100 + i + 1, 6)}`,
          })) as Prisma.InputJsonObject,
        };
      }),
    }),
  ]);
  return true;
}
