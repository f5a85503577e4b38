package net.adtelligent.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.ports.out.Mailer;

/** Keeps every mail, so a test can read the link a user would click. */
public final class RecordingMailer implements Mailer {

    private static final Pattern TOKEN = Pattern.compile("#token=([A-Za-z0-9_-]+)");

    private final List<Mail> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Mail mail) {
        sent.add(mail);
    }

    public List<Mail> sent() {
        return List.copyOf(sent);
    }

    /** The token of the link in the last mail to that address. */
    public String lastTokenFor(String email) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            Mail mail = sent.get(i);
            if (mail.to().value().equals(email)) {
                Matcher matcher = TOKEN.matcher(mail.text());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        throw new AssertionError("no mail with a token to " + email + " among " + sent.size());
    }
}
