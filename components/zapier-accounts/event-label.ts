"use client";

import { useTranslations } from "next-intl";

// Message keys cannot contain dots: each event name maps to a plain key.
export const EVENT_KEYS = {
  "contact.created": "contact_created",
  "contact.updated": "contact_updated",
  "contact.merged": "contact_merged",
  "contact.owner_transferred": "contact_owner_transferred",
  "contact.deleted": "contact_deleted",
  "enquiry.new": "enquiry_new",
  "enquiry.handling": "enquiry_handling",
  "enquiry.closed": "enquiry_closed",
  "enquiry.missed": "enquiry_missed",
  "sms.status": "sms_status",
  "tag.created": "tag_created",
  "tag.updated": "tag_updated",
  "tag.deleted": "tag_deleted",
} as const;
const isKnownEvent = (event: string): event is keyof typeof EVENT_KEYS => event in EVENT_KEYS;

/** A trigger's name as the help page writes it, in the current language. */
export function useEventLabel() {
  const t = useTranslations("activity.events");
  return (event: string) => (isKnownEvent(event) ? t(EVENT_KEYS[event]) : event);
}
