using System.Globalization;
using Msp.Application.Billing;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.WPFonts;

namespace Msp.Infrastructure.Billing;

/// <summary>
/// An invoice as a one-or-more-page A4 PDF with PDFsharp (MIT): the partner's name and logo text at the top, the
/// customer, number and period, a table of lines, then net, VAT and total. Text is WinAnsi-encoded so that it is
/// searchable and extractable; the font is the one PDFsharp ships, so no system font is needed.
/// </summary>
public sealed class InvoicePdfRenderer : IInvoicePdfRenderer
{
    private const double Margin = 50;
    private const double LineHeight = 16;
    private static readonly XPdfFontOptions WinAnsi = new(PdfFontEncoding.WinAnsi);
    private static readonly CultureInfo Swiss = CultureInfo.InvariantCulture;

    static InvoicePdfRenderer()
    {
        GlobalFontSettings.FontResolver ??= new BundledFonts();
    }

    public byte[] Render(InvoiceDocument invoice)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"Invoice {invoice.Number}";
        var regular = new XFont(BundledFonts.Family, 10, XFontStyleEx.Regular, WinAnsi);
        var bold = new XFont(BundledFonts.Family, 10, XFontStyleEx.Bold, WinAnsi);
        var title = new XFont(BundledFonts.Family, 16, XFontStyleEx.Bold, WinAnsi);

        var page = new Page(document);
        page.Text(invoice.PartnerName, title, Margin);
        page.Down(LineHeight * 1.5);
        if (invoice.PartnerLogo.Length > 0)
        {
            page.Text(invoice.PartnerLogo, regular, Margin);
            page.Down(LineHeight);
        }

        page.Down(LineHeight);
        page.Text($"Invoice {invoice.Number}", bold, Margin);
        page.Down(LineHeight);
        page.Text($"Customer: {invoice.CustomerName}", regular, Margin);
        page.Down(LineHeight);
        page.Text($"Period: {invoice.PeriodFrom:yyyy-MM-dd} to {invoice.PeriodTo:yyyy-MM-dd}", regular, Margin);
        page.Down(LineHeight);
        page.Text($"Issued: {invoice.CreatedAtUtc.ToString("yyyy-MM-dd", Swiss)} · Status: {invoice.Status}", regular, Margin);
        page.Down(LineHeight * 2);

        string[] headings = ["Service", "Description", "Quantity", "Price", "Discount", "Total"];
        double[] columns = [Margin, 140, 330, 390, 450, 510];
        Row(page, bold, columns, headings);
        foreach (var line in invoice.Lines)
        {
            if (page.Full)
            {
                page.Dispose();
                page = new Page(document);
                Row(page, bold, columns, headings);
            }

            Row(page, regular, columns, [line.Service, line.Description, Amount(line.Quantity), Amount(line.Price), Amount(line.Discount), Amount(line.Total)]);
        }

        page.Down(LineHeight);
        page.Text($"Net: {invoice.Currency} {Amount(invoice.Net)}", regular, Margin);
        page.Down(LineHeight);
        page.Text($"VAT: {invoice.Currency} {Amount(invoice.Vat)}", regular, Margin);
        page.Down(LineHeight);
        page.Text($"Total: {invoice.Currency} {Amount(invoice.Amount)}", bold, Margin);
        page.Dispose();

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private static void Row(Page page, XFont font, double[] columns, string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            page.Text(cells[i], font, columns[i]);
        }

        page.Down(LineHeight);
    }

    private static string Amount(decimal value) => value.ToString("0.00##", Swiss);

    /// <summary>A page being written, top to bottom.</summary>
    private sealed class Page : IDisposable
    {
        private readonly XGraphics _graphics;
        private readonly double _bottom;
        private double _y = Margin;

        public Page(PdfDocument document)
        {
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            _graphics = XGraphics.FromPdfPage(page);
            _bottom = page.Height.Point - Margin;
        }

        public bool Full => _y > _bottom - (LineHeight * 5);

        public void Text(string text, XFont font, double x) => _graphics.DrawString(text, font, XBrushes.Black, new XPoint(x, _y));

        public void Down(double by) => _y += by;

        public void Dispose() => _graphics.Dispose();
    }

    /// <summary>The Segoe WP faces PDFsharp ships in its own package, so the server needs no installed font.</summary>
    private sealed class BundledFonts : IFontResolver
    {
        public const string Family = "Segoe WP";

        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "SegoeWP-Bold" : "SegoeWP");

        public byte[] GetFont(string faceName) => faceName == "SegoeWP-Bold" ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;
    }
}
