namespace Contoso.Shop.Catalog;

/// <summary>A product in the shop's catalog.</summary>
public sealed record Product(string Sku, string Name, decimal Price);
