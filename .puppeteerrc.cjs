/** Never download a browser: whatsapp-web.js uses the system Chromium (see README). */
module.exports = { skipDownload: true };
