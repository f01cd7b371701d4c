import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/shell/breadcrumb";
import { FormattedDatesProvider } from "@/components/ui/formatted-dates";
import { AccountPage } from "@/components/zapier-account/account-page";
import { parseAccountTab } from "@/components/zapier-account/tabs";
import { ApiError } from "@/lib/api/errors";
import { connectionOf } from "@/lib/zapier-accounts/connection";
import { zapierAccountKeys } from "@/lib/zapier-accounts/keys";
import { getAccount } from "@/lib/zapier-accounts/service";
import type { ConnectionView } from "@/lib/zapier-accounts/views";
import { requireActor, getActor, type SearchParams } from "../../../../actor";
import { formatDates } from "../../../../formatted-dates";

type Params = Promise<{ accountId: string }>;
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

/** The account of the signed-in user's service, or the not-found page (also for another service's id). */
async function load(serviceId: string, id: string) {
  // "sandbox" is the static sibling route (it wins in Next); never look it up as an account id.
  if (!ID_RE.test(id) || id === "sandbox") notFound();
  try {
    return await getAccount(serviceId, id);
  } catch (error) {
    if (error instanceof ApiError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await getActor();
  const { accountId } = await params;
  if (!actor || !ID_RE.test(accountId)) return { title: "Zapier" };
  const account = await getAccount(actor.serviceId, accountId).catch(() => null);
  return { title: account ? `${account.name} · Zapier` : "Zapier" };
}

export default async function ZapierAccountPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { accountId } = await params;
  const query = await searchParams;
  const actor = await requireActor(`/admin/integrations/zapier/${encodeURIComponent(accountId)}`, query);
  const account = await load(actor.serviceId, accountId);
  const isAdmin = actor.role === "ADMIN";
  // The connection's last call comes with the page (no skeleton, no request at load); react-query
  // takes over from there, as GET /api/zapier-accounts/{id}/connection answers.
  const connection = await connectionOf(actor.serviceId, account);
  const queryClient = new QueryClient();
  queryClient.setQueryData<{ connection: ConnectionView }>(zapierAccountKeys.connection(account.id), { connection });
  const dates = await formatDates([
    [["exact"], account.createdAt],
    [["exact", "relative"], account.lastUsedAt],
    [["exact", "relative"], connection.lastCall?.at ?? null],
  ]);
  return (
    <>
      <Breadcrumb current="account" account={account.name} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <FormattedDatesProvider value={dates}>
          <AccountPage key={account.id} initial={{ account }} isAdmin={isAdmin} tab={parseAccountTab(query.tab, isAdmin)} />
        </FormattedDatesProvider>
      </HydrationBoundary>
    </>
  );
}
