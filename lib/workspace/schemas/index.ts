export * from "./contact";
export * from "./enquiry";
export * from "./number";
export * from "./room";
export * from "./sms";
export * from "./staff";
export { charLength, textRule } from "./text";
