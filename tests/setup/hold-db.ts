// Opens the database named by DATABASE_URL and keeps it open until killed (lock tests).
import { db } from "@/lib/db";

await db().runner();
console.log("holding");
setInterval(() => {}, 1000);
