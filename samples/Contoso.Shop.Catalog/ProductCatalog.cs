using System.Collections.Concurrent;

namespace Contoso.Shop.Catalog;

/// <summary>An in-memory catalog, shared by the API, the admin site and the stock worker.</summary>
public sealed class ProductCatalog
{
    private readonly ConcurrentDictionary<string, Product> _products = new(StringComparer.OrdinalIgnoreCase);

    public ProductCatalog()
    {
        Upsert(new Product("TEA-001", "Green tea", 4.50m));
        Upsert(new Product("TEA-002", "Black tea", 3.90m));
    }

    public IReadOnlyCollection<Product> All => _products.Values.OrderBy(p => p.Sku, StringComparer.Ordinal).ToArray();

    public Product? Find(string sku) => _products.TryGetValue(sku, out var product) ? product : null;

    public void Upsert(Product product) => _products[product.Sku] = product;
}
