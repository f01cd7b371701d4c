import { ApiError, errorResponse } from "@/lib/api/errors";

// Unknown API paths answer in the API's error format, not with the HTML 404 page.
const notFound = async () => errorResponse(new ApiError("not_found", "No such API endpoint."));

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
