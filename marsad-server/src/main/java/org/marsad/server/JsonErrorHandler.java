package org.marsad.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The errors Jetty answers itself, before a request reaches the API (a malformed or ambiguous URI, headers too
 * large, a request it cannot parse): a JSON error like the API's own, with the same security headers, and never
 * a stack trace or an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    JsonErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    /** Requests Jetty could not parse: answered from the connection, outside any servlet. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        MarsadServer.SECURITY_HEADERS.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        MarsadServer.SECURITY_HEADERS.forEach(response::setHeader);
        response.setContentType("application/json");
        byte[] body = body(code, message);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    private static byte[] body(int status, String reason) {
        String message = reason == null || reason.isBlank() ? "bad request" : Params.abbreviate(reason);
        return Json.error(status, message).toString().getBytes(StandardCharsets.UTF_8);
    }
}
