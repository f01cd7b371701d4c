"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Input, inputClass, Label } from "@/components/ui/field";
import { RelativeTime } from "@/components/ui/relative-time";
import { toast } from "@/components/ui/toast";
import { Section } from "@/components/zapier-account/section";
import { useErrorMessage } from "@/components/zapier-accounts/use-error-message";
import {
  useCreateContact,
  useCreateEnquiry,
  useCreateTag,
  useDeleteContact,
  useDeleteTag,
  useEditContact,
  useEditTag,
  useMergeContact,
  useMoveEnquiry,
  useSandbox,
  useSandboxBusy,
  useSendSms,
  useTransferOwner,
} from "@/lib/sandbox/hooks";
import type { SandboxView } from "@/lib/sandbox/schemas";

type Done = "createEnquiry" | "markHandling" | "markClosed" | "markMissed" | "addContact" | "edit" | "merge" | "transfer" | "delete" | "addTag" | "editTag" | "deleteTag" | "sendSms";

/** Runs a control's request and says how it went: one toast per outcome. */
function useRun() {
  const t = useTranslations("sandbox");
  const errorMessage = useErrorMessage();
  return async <R,>(done: Done, work: () => Promise<R>, values?: (result: R) => Record<string, string>): Promise<R | undefined> => {
    try {
      const result = await work();
      toast.success(t(`done.${done}`, values?.(result) ?? {}));
      return result;
    } catch (error) {
      toast.error(t("failed", { reason: errorMessage(error) }));
      return undefined;
    }
  };
}

function SourceBadge({ source }: { source: string }) {
  const t = useTranslations("sandbox");
  const known = source === "seed" || source === "sandbox" || source === "zap";
  const tone = source === "zap" ? "bg-orange-100 text-orange-900" : source === "sandbox" ? "bg-blue-100 text-blue-900" : "bg-slate-100 text-slate-700";
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${tone}`}>{known ? t(`source.${source}`) : source}</span>;
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="min-w-0 flex-1 basis-40">
      <Label htmlFor={id}>{label}</Label>
      <div className="mt-1">{children(id)}</div>
    </div>
  );
}

function Choice({ label, value, onChange, options, disabled }: { label: string; value: string; onChange: (v: string) => void; options: { value: string; label: string }[]; disabled?: boolean }) {
  const t = useTranslations("sandbox");
  return (
    <Field label={label}>
      {(id) => (
        <select id={id} className={inputClass} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t("choose")}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">{legend}</legend>
      <div className="flex flex-wrap items-end gap-3">{children}</div>
    </fieldset>
  );
}

const Empty = () => {
  const t = useTranslations("sandbox");
  return <p className="p-4 text-sm text-slate-600">{t("none")}</p>;
};

function Table<T>(props: { caption: string; rows: T[]; rowKey: (row: T) => string; columns: Column<T>[] }) {
  return props.rows.length === 0 ? <Empty /> : <DataTable {...props} rowHeader />;
}

function Enquiries({ data, busy }: { data: SandboxView; busy: boolean }) {
  const t = useTranslations("sandbox");
  const run = useRun();
  const create = useCreateEnquiry();
  const move = useMoveEnquiry();
  const [selected, setSelected] = useState("");
  const current = data.enquiries.find((e) => e.id === selected);
  const moveTo = (status: "handling" | "closed" | "missed", done: Done) =>
    void run(done, () => move.mutateAsync({ id: selected, status }));
  const can = (from: string[]) => !busy && current !== undefined && from.includes(current.status);
  return (
    <Section title={t("sections.enquiries")} description={t("emits", { events: "enquiry.new, enquiry.handling, enquiry.closed, enquiry.missed" })} flush>
      <div className="space-y-3 p-4">
        <Button
          disabled={busy}
          onClick={async () => {
            const made = await run("createEnquiry", () => create.mutateAsync(undefined), (r) => ({ case: r.displayCaseNumber }));
            if (made) setSelected(made.id);
          }}
        >
          {t("buttons.createEnquiry")}
        </Button>
        <Group legend={t("groups.changeEnquiry")}>
          <Choice label={t("fields.enquiry")} value={selected} onChange={setSelected} disabled={busy} options={data.enquiries.map((e) => ({ value: e.id, label: `${e.displayCaseNumber} · ${e.status}` }))} />
          <Button variant="secondary" disabled={!can(["new", "queuing"])} onClick={() => moveTo("handling", "markHandling")}>
            {t("buttons.markHandling")}
          </Button>
          <Button variant="secondary" disabled={!can(["new", "queuing", "handling"])} onClick={() => moveTo("closed", "markClosed")}>
            {t("buttons.markClosed")}
          </Button>
          <Button variant="secondary" disabled={!can(["new", "queuing"])} onClick={() => moveTo("missed", "markMissed")}>
            {t("buttons.markMissed")}
          </Button>
        </Group>
      </div>
      <Table
        caption={t("captions.enquiries")}
        rows={data.enquiries}
        rowKey={(e) => e.id}
        columns={[
          { key: "case", header: t("columns.case"), cell: (e) => e.displayCaseNumber },
          { key: "status", header: t("columns.status"), cell: (e) => e.status },
          { key: "channel", header: t("columns.channel"), cell: (e) => e.channel },
          { key: "updated", header: t("columns.updated"), cell: (e) => <RelativeTime iso={e.updatedAt} /> },
          { key: "source", header: t("changedBy"), cell: (e) => <SourceBadge source={e.source} /> },
        ]}
      />
    </Section>
  );
}

function Contacts({ data, busy }: { data: SandboxView; busy: boolean }) {
  const t = useTranslations("sandbox");
  const run = useRun();
  const create = useCreateContact();
  const edit = useEditContact();
  const merge = useMergeContact();
  const transfer = useTransferOwner();
  const remove = useDeleteContact();
  const [first, setFirst] = useState("");
  const [last, setLast] = useState("");
  const [selected, setSelected] = useState("");
  const [editFirst, setEditFirst] = useState("");
  const [editLast, setEditLast] = useState("");
  const [into, setInto] = useState("");
  const [owner, setOwner] = useState("");
  const current = data.contacts.find((c) => c.id === selected);
  const select = (id: string) => {
    const contact = data.contacts.find((c) => c.id === id);
    setSelected(id);
    setEditFirst(contact?.firstName ?? "");
    setEditLast(contact?.lastName ?? "");
    setInto("");
    setOwner("");
  };
  const after = () => {
    setSelected("");
    setInto("");
  };
  return (
    <Section title={t("sections.contacts")} description={t("emits", { events: "contact.created, contact.updated, contact.merged, contact.owner_transferred, contact.deleted" })} flush>
      <div className="space-y-3 p-4">
        <Group legend={t("groups.newContact")}>
          <Field label={t("fields.firstName")}>{(id) => <Input id={id} value={first} maxLength={100} disabled={busy} onChange={(e) => setFirst(e.target.value)} />}</Field>
          <Field label={t("fields.lastName")}>{(id) => <Input id={id} value={last} maxLength={100} disabled={busy} onChange={(e) => setLast(e.target.value)} />}</Field>
          <Button
            disabled={busy || !(first.trim() || last.trim())}
            onClick={async () => {
              const made = await run("addContact", () => create.mutateAsync({ firstName: first, lastName: last }));
              if (made) {
                setFirst("");
                setLast("");
              }
            }}
          >
            {t("buttons.addContact")}
          </Button>
        </Group>
        <Group legend={t("groups.changeContact")}>
          <Choice label={t("fields.contact")} value={selected} onChange={select} disabled={busy} options={data.contacts.map((c) => ({ value: c.id, label: c.name }))} />
        </Group>
        {current ? (
          <div className="space-y-3">
            <Group legend={t("buttons.edit")}>
              <Field label={t("fields.firstName")}>{(id) => <Input id={id} value={editFirst} maxLength={100} disabled={busy} onChange={(e) => setEditFirst(e.target.value)} />}</Field>
              <Field label={t("fields.lastName")}>{(id) => <Input id={id} value={editLast} maxLength={100} disabled={busy} onChange={(e) => setEditLast(e.target.value)} />}</Field>
              <Button variant="secondary" disabled={busy || !(editFirst.trim() || editLast.trim())} onClick={() => void run("edit", () => edit.mutateAsync({ id: current.id, input: { firstName: editFirst, lastName: editLast } }))}>
                {t("buttons.edit")}
              </Button>
            </Group>
            <Group legend={t("buttons.merge")}>
              <Choice label={t("fields.mergeInto")} value={into} onChange={setInto} disabled={busy} options={data.contacts.filter((c) => c.id !== current.id).map((c) => ({ value: c.id, label: c.name }))} />
              <Button variant="secondary" disabled={busy || !into} onClick={async () => (await run("merge", () => merge.mutateAsync({ id: current.id, intoId: into }))) && after()}>
                {t("buttons.merge")}
              </Button>
            </Group>
            <Group legend={t("buttons.transfer")}>
              <Choice label={t("fields.owner")} value={owner} onChange={setOwner} disabled={busy} options={data.staff.filter((s) => s.id !== current.ownerId).map((s) => ({ value: s.id, label: s.name }))} />
              <Button variant="secondary" disabled={busy || !owner} onClick={async () => (await run("transfer", () => transfer.mutateAsync({ id: current.id, ownerId: owner }))) && setOwner("")}>
                {t("buttons.transfer")}
              </Button>
            </Group>
            <Button variant="danger" disabled={busy} onClick={async () => (await run("delete", () => remove.mutateAsync(current.id))) && after()}>
              {t("buttons.delete")}
            </Button>
          </div>
        ) : null}
      </div>
      <Table
        caption={t("captions.contacts")}
        rows={data.contacts}
        rowKey={(c) => c.id}
        columns={[
          { key: "name", header: t("columns.name"), cell: (c) => c.name },
          { key: "owner", header: t("columns.owner"), cell: (c) => c.ownerName ?? "—" },
          { key: "merged", header: t("columns.merged"), cell: (c) => (c.slaveContacts.length ? <span className="font-mono text-xs break-all">{c.slaveContacts.join(", ")}</span> : "—") },
          { key: "updated", header: t("columns.updated"), cell: (c) => <RelativeTime iso={c.updatedAt} /> },
          { key: "source", header: t("changedBy"), cell: (c) => <SourceBadge source={c.source} /> },
        ]}
      />
    </Section>
  );
}

function Tags({ data, busy }: { data: SandboxView; busy: boolean }) {
  const t = useTranslations("sandbox");
  const run = useRun();
  const create = useCreateTag();
  const edit = useEditTag();
  const remove = useDeleteTag();
  const [name, setName] = useState("");
  const [colour, setColour] = useState("#FF8800");
  const [selected, setSelected] = useState("");
  const [editName, setEditName] = useState("");
  const [editColour, setEditColour] = useState("");
  const current = data.tags.find((tag) => tag.id === selected);
  const select = (id: string) => {
    const tag = data.tags.find((x) => x.id === id);
    setSelected(id);
    setEditName(tag?.name ?? "");
    setEditColour(tag?.colorCode ?? "");
  };
  return (
    <Section title={t("sections.tags")} description={t("emits", { events: "tag.created, tag.updated, tag.deleted" })} flush>
      <div className="space-y-3 p-4">
        <Group legend={t("groups.newTag")}>
          <Field label={t("fields.tagName")}>{(id) => <Input id={id} value={name} maxLength={100} disabled={busy} onChange={(e) => setName(e.target.value)} />}</Field>
          <Field label={t("fields.colour")}>{(id) => <Input id={id} value={colour} maxLength={7} disabled={busy} onChange={(e) => setColour(e.target.value)} />}</Field>
          <Button
            disabled={busy || !name.trim()}
            onClick={async () => {
              const made = await run("addTag", () => create.mutateAsync({ name, colorCode: colour }));
              if (made) {
                // The list refreshes after this: take the new tag's values from the form.
                setSelected(made.id);
                setEditName(name.trim());
                setEditColour(colour.toUpperCase());
                setName("");
              }
            }}
          >
            {t("buttons.addTag")}
          </Button>
        </Group>
        <Group legend={t("groups.changeTag")}>
          <Choice label={t("fields.tag")} value={selected} onChange={select} disabled={busy} options={data.tags.map((tag) => ({ value: tag.id, label: tag.name }))} />
          <Field label={t("fields.tagName")}>{(id) => <Input id={id} value={editName} maxLength={100} disabled={busy || !current} onChange={(e) => setEditName(e.target.value)} />}</Field>
          <Field label={t("fields.colour")}>{(id) => <Input id={id} value={editColour} maxLength={7} disabled={busy || !current} onChange={(e) => setEditColour(e.target.value)} />}</Field>
          <Button variant="secondary" disabled={busy || !current || !editName.trim()} onClick={() => void run("editTag", () => edit.mutateAsync({ id: selected, input: { name: editName, colorCode: editColour } }))}>
            {t("buttons.editTag")}
          </Button>
          <Button variant="danger" disabled={busy || !current} onClick={async () => (await run("deleteTag", () => remove.mutateAsync(selected))) && setSelected("")}>
            {t("buttons.deleteTag")}
          </Button>
        </Group>
      </div>
      <Table
        caption={t("captions.tags")}
        rows={data.tags}
        rowKey={(tag) => tag.id}
        columns={[
          { key: "name", header: t("columns.name"), cell: (tag) => tag.name },
          {
            key: "colour",
            header: t("columns.colour"),
            cell: (tag) => (
              <span className="inline-flex items-center gap-1.5 font-mono text-xs">
                <span aria-hidden className="inline-block h-3 w-3 rounded-sm border border-slate-300" style={{ backgroundColor: tag.colorCode }} />
                {tag.colorCode}
              </span>
            ),
          },
          { key: "created", header: t("columns.created"), cell: (tag) => <RelativeTime iso={tag.createdAt} /> },
          { key: "source", header: t("changedBy"), cell: (tag) => <SourceBadge source={tag.source} /> },
        ]}
      />
    </Section>
  );
}

function Sms({ data, busy }: { data: SandboxView; busy: boolean }) {
  const t = useTranslations("sandbox");
  const run = useRun();
  const send = useSendSms();
  const [sender, setSender] = useState(data.numbers[0] ?? "");
  const [recipient, setRecipient] = useState("");
  const [text, setText] = useState("");
  return (
    <Section title={t("sections.sms")} description={t("emits", { events: "sms.status" })} flush>
      <div className="space-y-3 p-4">
        <p className="text-sm text-slate-700">{t("smsHint")}</p>
        <div className="flex flex-wrap items-end gap-3">
          <Choice label={t("fields.sender")} value={sender} onChange={setSender} disabled={busy} options={data.numbers.map((n) => ({ value: n, label: n }))} />
          <Field label={t("fields.recipient")}>{(id) => <Input id={id} value={recipient} inputMode="tel" maxLength={32} disabled={busy} onChange={(e) => setRecipient(e.target.value)} />}</Field>
          <Field label={t("fields.text")}>{(id) => <Input id={id} value={text} maxLength={1600} disabled={busy} onChange={(e) => setText(e.target.value)} />}</Field>
          <Button disabled={busy || !sender || !recipient.trim() || !text.trim()} onClick={async () => (await run("sendSms", () => send.mutateAsync({ senderNumber: sender, recipientNumber: recipient.trim(), text }))) && setText("")}>
            {t("buttons.sendSms")}
          </Button>
        </div>
      </div>
      <Table
        caption={t("captions.sms")}
        rows={data.sms}
        rowKey={(s) => s.id}
        columns={[
          { key: "recipient", header: t("columns.recipient"), cell: (s) => <span className="font-mono text-xs">{s.recipientNumber}</span> },
          { key: "status", header: t("columns.status"), cell: (s) => s.status },
          { key: "code", header: t("columns.code"), cell: (s) => <span className="font-mono text-xs">{s.responseCode || "—"}</span> },
          { key: "sender", header: t("columns.sender"), cell: (s) => <span className="font-mono text-xs">{s.senderNumber}</span> },
          { key: "text", header: t("columns.text"), cell: (s) => <span className="break-words">{s.text}</span> },
          { key: "sent", header: t("columns.sent"), cell: (s) => <RelativeTime iso={s.createdAt} /> },
          { key: "source", header: t("changedBy"), cell: (s) => <SourceBadge source={s.source} /> },
        ]}
      />
    </Section>
  );
}

export function SandboxWorkspace({ initial }: { initial: SandboxView }) {
  const t = useTranslations("sandbox");
  const query = useSandbox(initial);
  const busy = useSandboxBusy();
  const data = query.data;
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">{t("sourceNote")}</p>
      {query.isRefetchError ? (
        <p role="status" className="text-sm text-red-700">
          {t("loadFailed")}
        </p>
      ) : null}
      <Enquiries data={data} busy={busy} />
      <Contacts data={data} busy={busy} />
      <Tags data={data} busy={busy} />
      <Sms data={data} busy={busy} />
      <Section title={t("sections.messages")} flush>
        <Table
          caption={t("captions.messages")}
          rows={data.messages}
          rowKey={(m) => m.id}
          columns={[
            { key: "to", header: t("columns.to"), cell: (m) => (m.kind === "room" ? t("toRoom", { name: m.to }) : t("toStaff", { name: m.to })) },
            { key: "text", header: t("columns.text"), cell: (m) => <span className="break-words">{m.text}</span> },
            { key: "sent", header: t("columns.sent"), cell: (m) => <RelativeTime iso={m.sentAt} /> },
            { key: "source", header: t("changedBy"), cell: (m) => <SourceBadge source={m.source} /> },
          ]}
        />
      </Section>
      <Section title={t("sections.staff")} flush>
        <Table
          caption={t("captions.staff")}
          rows={data.staff}
          rowKey={(s) => s.id}
          columns={[
            { key: "name", header: t("columns.name"), cell: (s) => s.name },
            { key: "department", header: t("columns.department"), cell: (s) => s.department ?? "—" },
            { key: "email", header: t("columns.email"), cell: (s) => <span className="break-all">{s.email ?? "—"}</span> },
          ]}
        />
      </Section>
    </div>
  );
}
