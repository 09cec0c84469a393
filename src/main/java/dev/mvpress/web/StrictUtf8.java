package dev.mvpress.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * A text body (JSON, markdown, CSV) must be valid in its charset, UTF-8 unless the Content-Type names
 * another: it would otherwise be decoded with replacement, and a mangled byte stored as U+FFFD without
 * anyone noticing.
 */
@Provider
public class StrictUtf8 implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        String declared = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null) {
            try {
                charset = Charset.forName(declared.strip());
            } catch (IllegalArgumentException e) {
                throw new ProblemException(ProblemType.MALFORMED_BODY,
                        "The charset '%s' is not known; send UTF-8".formatted(declared),
                        List.of(new Problem.FieldError("Content-Type", "charset '" + declared + "' is not known")));
            }
        }
        byte[] bytes = context.getInputStream().readAllBytes();
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemType.MALFORMED_BODY,
                    "The body is not valid %s%s".formatted(charset.name(), offset(bytes, charset)),
                    List.of(new Problem.FieldError("body", "must be valid " + charset.name())));
        }
        if (!charset.equals(StandardCharsets.UTF_8)) {
            // The readers behind this decode text as UTF-8 whatever the header says, so a declared charset is honoured here.
            bytes = text.getBytes(StandardCharsets.UTF_8);
            Map<String, String> parameters = new HashMap<>(type.getParameters());
            parameters.put(MediaType.CHARSET_PARAMETER, "UTF-8");
            context.setMediaType(new MediaType(type.getType(), type.getSubtype(), parameters));
        }
        context.setInputStream(new ByteArrayInputStream(bytes));
        return context.proceed();
    }

    /** Where the first bad byte is, so the author can find it. */
    private static String offset(byte[] bytes, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? " (byte %d)".formatted(in.position()) : "";
    }
}
